#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"

namespace kiosk {

// The code that opens the kiosk's staff maintenance screen (and from there, its exit).
// The kiosk keeps only a libsodium crypto_pwhash string of it (Argon2id), made with
// `kiosk-pack hash-code`, so the code cannot be read back from the kiosk's disk.
//
// Each wrong code doubles the wait before the next one is even tried (2 s, 4 s, 8 s, ...
// up to 15 minutes), so guessing a six-digit code at the keypad takes years. The right
// code resets the count.
class StaffCodeChecker {
public:
    using Clock = std::chrono::steady_clock;

    enum class Outcome { accepted, wrong, too_soon };
    struct Verdict {
        Outcome outcome = Outcome::wrong;
        std::chrono::seconds wait{0};  // before the next code is tried
    };

    // From a crypto_pwhash string, or why it is not one.
    static Result<StaffCodeChecker> from_hash(std::string hash);

    Verdict check(std::string_view code, Clock::time_point now);
    std::chrono::seconds wait_at(Clock::time_point now) const;

private:
    explicit StaffCodeChecker(std::string hash) : hash_(std::move(hash)) {}

    std::string hash_;
    int failures_ = 0;
    Clock::time_point next_try_{};
};

// The wait after `failures` wrong codes in a row.
std::chrono::seconds staff_code_delay(int failures);

// A staff code is 6 to 16 digits, what a numeric keypad can enter.
bool is_valid_staff_code(std::string_view code);

// The crypto_pwhash string of a code (Argon2id, libsodium's interactive limits), or
// nothing when libsodium fails (out of memory).
std::optional<std::string> hash_staff_code(std::string_view code);

// `--staff-code-hash` takes the hash itself or a file holding it.
Result<std::string> read_staff_code_hash(const std::string& hash_or_file);

}  // namespace kiosk
