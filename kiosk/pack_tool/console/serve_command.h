#pragma once

#include <string>

namespace kiosk {

// `kiosk-pack serve PACK`: the content console, in a browser.
struct ServeOptions {
    std::string pack;
    std::string listen = "127.0.0.1:8080";
    std::string password_file;
    std::string state_dir;  // default: PACK.console beside the pack
    std::string key;        // the secret key publish signs with
    std::string channel = "stable";
    std::string channel_dir;  // default: STATE/channels
};

extern const char* const kServeHelp;
extern const char* const kHashPasswordHelp;

int serve_command(const ServeOptions& options);

// `kiosk-pack hash-password [-o FILE]`: the password file for serve --password-file.
int hash_password_command(const std::string& output);

}  // namespace kiosk
