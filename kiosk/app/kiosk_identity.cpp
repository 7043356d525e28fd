#include "app/kiosk_identity.h"

#include <systemd/sd-id128.h>
#include <unistd.h>

#include <array>

namespace kiosk {

std::string default_kiosk_id() {
    // Fixed for Access Kiosk: another program hashing the same machine id gets another name.
    constexpr sd_id128_t kApplication = SD_ID128_MAKE(99, 2a, ec, a4, 3d, 38, 4b, 49, 9f, 81, df, 97, ba, c4, 2e, dd);
    sd_id128_t id{};
    if (sd_id128_get_machine_app_specific(kApplication, &id) == 0) {
        std::array<char, SD_ID128_STRING_MAX> text{};
        return sd_id128_to_string(id, text.data());
    }
    std::array<char, 256> host{};
    if (gethostname(host.data(), host.size() - 1) == 0 && host[0] != '\0') return host.data();
    return "kiosk";
}

}  // namespace kiosk
