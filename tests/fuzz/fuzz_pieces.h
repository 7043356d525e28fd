#pragma once

#include <string>
#include <vector>

namespace kiosk::fuzzing {

// Fuzzers that make several files from one input split it at this byte. 0xFF never occurs
// in UTF-8, so splitting on it costs the text readers nothing: a piece holding it would be
// refused as invalid UTF-8 anyway.
constexpr char kSeparator = '\xFF';

// The pieces of `bytes` between separators, at least `at_least` of them (the rest empty).
inline std::vector<std::string> split_pieces(const std::string& bytes, std::size_t at_least) {
    std::vector<std::string> pieces(1);
    for (const char c : bytes) {
        if (c == kSeparator) {
            pieces.emplace_back();
        } else {
            pieces.back() += c;
        }
    }
    if (pieces.size() < at_least) pieces.resize(at_least);
    return pieces;
}

}  // namespace kiosk::fuzzing
