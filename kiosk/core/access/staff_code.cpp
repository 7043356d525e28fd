#include "core/access/staff_code.h"

#include <sodium.h>

#include <algorithm>
#include <fstream>
#include <iterator>

namespace kiosk {
namespace {

constexpr std::chrono::seconds kLongestWait{15 * 60};
constexpr std::string_view kHashPrefix = "$argon2";

bool sodium_ready() {
    static const bool ready = sodium_init() >= 0;
    return ready;
}

bool looks_like_hash(std::string_view text) {
    return text.starts_with(kHashPrefix) && sodium_ready() &&
           crypto_pwhash_str_needs_rehash(std::string(text).c_str(), crypto_pwhash_OPSLIMIT_MIN,
                                          crypto_pwhash_MEMLIMIT_MIN) != -1;
}

}  // namespace

std::chrono::seconds staff_code_delay(int failures) {
    if (failures <= 0) return std::chrono::seconds(0);
    const int doublings = std::min(failures, 10);  // 2^10 s is past the longest wait already
    return std::min(std::chrono::seconds(1LL << doublings), kLongestWait);
}

bool is_valid_staff_code(std::string_view code) {
    return code.size() >= 6 && code.size() <= 16 &&
           std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; });
}

Result<StaffCodeChecker> StaffCodeChecker::from_hash(std::string hash) {
    if (!looks_like_hash(hash)) return failure("not a staff code hash (make one with 'kiosk-pack hash-code')");
    return StaffCodeChecker(std::move(hash));
}

std::chrono::seconds StaffCodeChecker::wait_at(Clock::time_point now) const {
    if (now >= next_try_) return std::chrono::seconds(0);
    return std::chrono::ceil<std::chrono::seconds>(next_try_ - now);
}

// A code that comes before its wait is over is not tried at all, and does not add to
// the wait: a resident pressing keys cannot lock staff out for longer.
StaffCodeChecker::Verdict StaffCodeChecker::check(std::string_view code, Clock::time_point now) {
    if (const auto wait = wait_at(now); wait.count() > 0) return {Outcome::too_soon, wait};
    const std::string attempt(code);
    if (crypto_pwhash_str_verify(hash_.c_str(), attempt.c_str(), attempt.size()) == 0) {
        failures_ = 0;
        return {Outcome::accepted, std::chrono::seconds(0)};
    }
    ++failures_;
    const auto wait = staff_code_delay(failures_);
    next_try_ = now + wait;
    return {Outcome::wrong, wait};
}

std::optional<std::string> hash_staff_code(std::string_view code) {
    if (!sodium_ready()) return std::nullopt;
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hash, code.data(), code.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
        return std::nullopt;
    }
    return std::string(hash);
}

Result<std::string> read_staff_code_hash(const std::string& hash_or_file) {
    std::string text = hash_or_file;
    if (!text.starts_with(kHashPrefix)) {
        std::ifstream in(hash_or_file, std::ios::binary);
        if (!in) {
            return failure("cannot read the staff code hash file " + hash_or_file +
                           " (give the hash made by 'kiosk-pack hash-code', or a file holding it)");
        }
        text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' ')) text.pop_back();
    }
    if (!looks_like_hash(text)) {
        return failure(Error(hash_or_file, "not a staff code hash (make one with 'kiosk-pack hash-code')"));
    }
    return text;
}

}  // namespace kiosk
