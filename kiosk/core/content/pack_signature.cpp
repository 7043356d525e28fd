#include "core/content/pack_signature.h"

#include <sodium.h>

#include <fstream>
#include <vector>

namespace kiosk {
namespace {

constexpr std::string_view kScheme = "ed25519 ";

std::string to_hex(const unsigned char* bytes, std::size_t length) {
    std::string hex(2 * length + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), bytes, length);
    hex.pop_back();
    return hex;
}

std::optional<std::vector<unsigned char>> from_hex(std::string_view hex, std::size_t expected) {
    std::vector<unsigned char> bytes(expected);
    std::size_t length = 0;
    if (sodium_hex2bin(bytes.data(), bytes.size(), hex.data(), hex.size(), nullptr, &length, nullptr) != 0 ||
        length != expected) {
        return std::nullopt;
    }
    return bytes;
}

std::string trimmed(std::string text) {
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' ')) text.pop_back();
    return text;
}

}  // namespace

KeyPair generate_key_pair() {
    if (sodium_init() < 0) return {};
    unsigned char public_key[crypto_sign_PUBLICKEYBYTES];
    unsigned char secret_key[crypto_sign_SECRETKEYBYTES];
    crypto_sign_keypair(public_key, secret_key);
    KeyPair pair{to_hex(public_key, sizeof public_key), to_hex(secret_key, sizeof secret_key)};
    sodium_memzero(secret_key, sizeof secret_key);
    return pair;
}

std::optional<std::string> public_key_of(const std::string& secret_hex) {
    if (sodium_init() < 0) return std::nullopt;
    auto secret = from_hex(trimmed(secret_hex), crypto_sign_SECRETKEYBYTES);
    if (!secret) return std::nullopt;
    unsigned char public_key[crypto_sign_PUBLICKEYBYTES];
    crypto_sign_ed25519_sk_to_pk(public_key, secret->data());
    sodium_memzero(secret->data(), secret->size());
    return to_hex(public_key, sizeof public_key);
}

std::optional<std::string> sign_message(const std::string& message, const std::string& secret_hex) {
    if (sodium_init() < 0) return std::nullopt;
    auto secret = from_hex(trimmed(secret_hex), crypto_sign_SECRETKEYBYTES);
    if (!secret) return std::nullopt;
    unsigned char signature[crypto_sign_BYTES];
    crypto_sign_detached(signature, nullptr, reinterpret_cast<const unsigned char*>(message.data()), message.size(),
                         secret->data());
    sodium_memzero(secret->data(), secret->size());
    return std::string(kScheme) + to_hex(signature, sizeof signature) + "\n";
}

Status verify_message(const std::string& message, const std::string& signature, const std::string& public_hex) {
    if (sodium_init() < 0) return failure("libsodium failed to start");
    auto key = from_hex(trimmed(public_hex), crypto_sign_PUBLICKEYBYTES);
    if (!key) return failure("the trusted key is not a valid Ed25519 public key");
    const std::string text = trimmed(signature);
    if (text.rfind(kScheme, 0) != 0) return failure("SIGNATURE is not an Ed25519 signature");
    auto bytes = from_hex(std::string_view(text).substr(kScheme.size()), crypto_sign_BYTES);
    if (!bytes) return failure("SIGNATURE is malformed");
    if (crypto_sign_verify_detached(bytes->data(), reinterpret_cast<const unsigned char*>(message.data()),
                                    message.size(), key->data()) != 0) {
        return failure("the signature does not match: the pack was altered or signed with another key");
    }
    return {};
}

std::string sha256_hex(const std::string& bytes) {
    if (sodium_init() < 0) return {};
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    return to_hex(digest, sizeof digest);
}

Result<std::string> read_key_file(const std::string& path) {
    std::ifstream in(path);
    std::string line;
    if (!in || !std::getline(in, line)) return failure(Error(path, "cannot read key file"));
    return trimmed(line);
}

}  // namespace kiosk
