#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "core/result.h"
#include "pack_tool/console/console_publisher.h"
#include "pack_tool/console/console_sessions.h"
#include "pack_tool/console/listen_address.h"

namespace kiosk {

// What `kiosk-pack serve` serves, and how.
struct ConsoleSettings {
    std::filesystem::path pack_dir;
    std::filesystem::path state_dir;  // the console's own folder: published copy, previews
    std::filesystem::path web_dir;    // the pages: share/access-kiosk/console
    std::string strings_dir;          // the compiled UI string bundles
    std::string kiosk_program;        // draws the previews (kiosk --render-all)
    std::string tool_program;         // kiosk-pack, for the listening review and publish
    PublishPlace publish;
    std::optional<ConsolePassword> password;  // needed when the address is not loopback
    std::size_t max_body = 4u << 20;          // a pack file is at most 1 MB; edits carry JSON
};

// Refuses to listen beyond this machine without a password.
Status listen_allowed(const ListenAddress& address, bool has_password);

// The content console: static pages and a JSON API over HTTP (cpp-httplib).
// Security, before any route runs:
//   - the Host header must name the address listened on (no DNS rebinding);
//   - /api/ needs a session cookie (HttpOnly, SameSite=Strict): on loopback a browser
//     gets one by asking, elsewhere by the password;
//   - every POST needs the session's CSRF token in the X-CSRF-Token header;
//   - bodies over max_body are refused (413) before they are read into memory.
class ConsoleServer {
public:
    explicit ConsoleServer(ConsoleSettings settings);
    ~ConsoleServer();
    ConsoleServer(const ConsoleServer&) = delete;
    ConsoleServer& operator=(const ConsoleServer&) = delete;

    // Binds the address (port 0: any free port); the port bound.
    Result<int> bind(const ListenAddress& address);
    // Serves until stop(); returns false when the server could not run.
    bool run();
    void stop();

private:
    struct Parts;
    std::unique_ptr<Parts> parts_;
};

}  // namespace kiosk
