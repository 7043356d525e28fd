#pragma once

#include <optional>
#include <string>

#include "core/result.h"

namespace kiosk {

// Ed25519 keys and signatures (libsodium) for pack archives. Keys are stored as one line
// of hexadecimal text, so staff can read, copy and compare them.
struct KeyPair {
    std::string public_hex;
    std::string secret_hex;
};

KeyPair generate_key_pair();

// The public half of a secret key (an Ed25519 secret key holds it); nothing if malformed.
std::optional<std::string> public_key_of(const std::string& secret_hex);

// A detached signature of `message`, as "ed25519 <hex>"; nothing if the key is malformed.
std::optional<std::string> sign_message(const std::string& message, const std::string& secret_hex);

// Success when `signature` is a valid signature of `message` by the key; otherwise why not.
Status verify_message(const std::string& message, const std::string& signature, const std::string& public_hex);

// The SHA-256 of `bytes` in lowercase hexadecimal, as CONTENTS.toml lists it.
std::string sha256_hex(const std::string& bytes);

// Reads a key file's single line of hexadecimal, or says it cannot.
Result<std::string> read_key_file(const std::string& path);

}  // namespace kiosk
