#include "pack_tool/console/console_sessions.h"

#include <sodium.h>

#include <array>
#include <fstream>

namespace kiosk {
namespace {

std::string random_hex() {
    std::array<unsigned char, 32> bytes{};
    randombytes_buf(bytes.data(), bytes.size());
    std::array<char, 65> hex{};
    sodium_bin2hex(hex.data(), hex.size(), bytes.data(), bytes.size());
    return std::string(hex.data(), 64);
}

}  // namespace

ConsoleSessions::Session ConsoleSessions::open() {
    Session session{random_hex(), random_hex()};
    const std::lock_guard lock(mutex_);
    tokens_[session.id] = session.csrf_token;
    return session;
}

std::optional<ConsoleSessions::Session> ConsoleSessions::find(const std::string& id) const {
    const std::lock_guard lock(mutex_);
    auto found = tokens_.find(id);
    if (found == tokens_.end()) return std::nullopt;
    return Session{found->first, found->second};
}

bool ConsoleSessions::token_matches(const std::string& id, const std::string& token) const {
    const auto session = find(id);
    if (!session || token.size() != session->csrf_token.size()) return false;
    return sodium_memcmp(token.data(), session->csrf_token.data(), token.size()) == 0;
}

Result<ConsolePassword> ConsolePassword::read(const std::string& path) {
    std::ifstream in(path);
    std::string line;
    if (!in || !std::getline(in, line)) return failure(Error(path, "cannot read the password hash"));
    if (line.rfind("$argon2", 0) != 0) {
        return failure(Error(path, "not a password hash: make one with 'kiosk-pack hash-password -o FILE'", 1, 1));
    }
    return ConsolePassword(line);
}

Result<std::string> ConsolePassword::hash(const std::string& password) {
    if (sodium_init() < 0) return failure("libsodium could not start");
    std::array<char, crypto_pwhash_STRBYTES> out{};
    if (crypto_pwhash_str(out.data(), password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
        return failure("cannot hash the password (out of memory?)");
    }
    return std::string(out.data());
}

bool ConsolePassword::matches(const std::string& password) const {
    return crypto_pwhash_str_verify(hash_.c_str(), password.data(), password.size()) == 0;
}

std::string cookie_value(const std::string& header, const std::string& name) {
    std::size_t at = 0;
    while (at < header.size()) {
        while (at < header.size() && (header[at] == ' ' || header[at] == ';')) ++at;
        const std::size_t end = std::min(header.find(';', at), header.size());
        const std::string pair = header.substr(at, end - at);
        if (pair.size() > name.size() && pair.compare(0, name.size(), name) == 0 && pair[name.size()] == '=') {
            return pair.substr(name.size() + 1);
        }
        at = end;
    }
    return {};
}

}  // namespace kiosk
