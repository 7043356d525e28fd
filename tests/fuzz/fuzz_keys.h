#pragma once

#include <sodium.h>

#include <string>

namespace kiosk::fuzzing {

// The fuzzers' Ed25519 key pair, hexadecimal as key files hold it.
struct FuzzKeys {
    std::string public_hex;
    std::string secret_hex;
};

// The same key pair every run, so a crash found once replays.
inline const FuzzKeys& fuzz_keys() {
    static const FuzzKeys made = [] {
        FuzzKeys k;
        if (sodium_init() < 0) return k;
        unsigned char seed[crypto_sign_SEEDBYTES] = {1, 2, 3, 4, 5, 6, 7, 8};
        unsigned char public_key[crypto_sign_PUBLICKEYBYTES];
        unsigned char secret_key[crypto_sign_SECRETKEYBYTES];
        crypto_sign_seed_keypair(public_key, secret_key, seed);
        char hex[2 * crypto_sign_SECRETKEYBYTES + 1];
        sodium_bin2hex(hex, sizeof hex, public_key, sizeof public_key);
        k.public_hex = hex;
        sodium_bin2hex(hex, sizeof hex, secret_key, sizeof secret_key);
        k.secret_hex = hex;
        return k;
    }();
    return made;
}

}  // namespace kiosk::fuzzing
