#include "app/kiosk_identity.h"

#include <systemd/sd-id128.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>

namespace kiosk {

std::string default_kiosk_id() {
    // Fixed for Access Kiosk: another program hashing the same machine id gets another name.
    constexpr std::array<std::uint8_t, 16> kApplication = {0x99, 0x2a, 0xec, 0xa4, 0x3d, 0x38, 0x4b, 0x49,
                                                           0x9f, 0x81, 0xdf, 0x97, 0xba, 0xc4, 0x2e, 0xdd};
    sd_id128_t application{};
    std::copy(kApplication.begin(), kApplication.end(), std::begin(application.bytes));
    sd_id128_t id{};
    if (sd_id128_get_machine_app_specific(application, &id) == 0) {
        std::array<char, SD_ID128_STRING_MAX> text{};
        return sd_id128_to_string(id, text.data());
    }
    std::array<char, 256> host{};
    if (gethostname(host.data(), host.size() - 1) == 0 && host[0] != '\0') return host.data();
    return "kiosk";
}

}  // namespace kiosk
