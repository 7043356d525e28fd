#include "pack_tool/console/listen_address.h"

#include <arpa/inet.h>

#include <charconv>

namespace kiosk {

bool ListenAddress::is_loopback() const {
    if (host == "localhost" || host == "::1") return true;
    in_addr v4{};
    return ::inet_pton(AF_INET, host.c_str(), &v4) == 1 && (ntohl(v4.s_addr) >> 24) == 127;
}

Result<ListenAddress> parse_listen_address(const std::string& text) {
    const auto colon = text.rfind(':');
    if (colon == std::string::npos || colon == 0) return failure("--listen needs HOST:PORT, as 127.0.0.1:8080");
    std::string host = text.substr(0, colon);
    if (host.size() > 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
    const std::string port_text = text.substr(colon + 1);
    int port = -1;
    const auto [end, ec] = std::from_chars(port_text.data(), port_text.data() + port_text.size(), port);
    if (ec != std::errc() || end != port_text.data() + port_text.size() || port < 0 || port > 65535) {
        return failure("--listen: '" + port_text + "' is not a port number from 0 to 65535");
    }
    return ListenAddress{host, port};
}

}  // namespace kiosk
