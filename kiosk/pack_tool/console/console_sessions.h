#pragma once

#include <map>
#include <mutex>
#include <optional>
#include <string>

#include "core/result.h"

namespace kiosk {

// The console's signed-in browsers. Each session has a random id (the HttpOnly,
// SameSite=Strict cookie) and its own random CSRF token, which every write must carry in
// a header: a page of another site can make a browser send the cookie, never read the token.
class ConsoleSessions {
public:
    struct Session {
        std::string id;
        std::string csrf_token;
    };

    // A new session with fresh random id and token.
    Session open();

    // The session with this id, if it is open.
    std::optional<Session> find(const std::string& id) const;

    // True when `token` is the session's CSRF token (compared in constant time).
    bool token_matches(const std::string& id, const std::string& token) const;

private:
    mutable std::mutex mutex_;
    std::map<std::string, std::string> tokens_;  // session id -> CSRF token
};

// The password that guards a console reachable from other machines, kept only as its
// libsodium crypto_pwhash_str hash (Argon2id) in a file.
class ConsolePassword {
public:
    // Reads the hash from the file's first line.
    static Result<ConsolePassword> read(const std::string& path);
    // The hash of a new password, for the file.
    static Result<std::string> hash(const std::string& password);

    bool matches(const std::string& password) const;

private:
    explicit ConsolePassword(std::string hash) : hash_(std::move(hash)) {}
    std::string hash_;
};

// The value of cookie `name` in a Cookie header, or "".
std::string cookie_value(const std::string& header, const std::string& name);

}  // namespace kiosk
