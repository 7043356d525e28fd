#pragma once

#include <string>

#include "core/result.h"

namespace kiosk {

// Where `kiosk-pack serve` listens: "HOST:PORT" ("[::1]:8080" for IPv6).
struct ListenAddress {
    std::string host;
    int port = 0;

    // 127.0.0.0/8, ::1 and "localhost": only this machine can reach the console.
    bool is_loopback() const;
};

Result<ListenAddress> parse_listen_address(const std::string& text);

}  // namespace kiosk
