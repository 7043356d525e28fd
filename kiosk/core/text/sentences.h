#pragma once

#include <string_view>
#include <utility>
#include <vector>

namespace kiosk {

// The sentences of a text as byte ranges [begin, end), by ICU's sentence BreakIterator:
// say-all speaks and highlights one sentence at a time.
std::vector<std::pair<std::size_t, std::size_t>> sentence_ranges(std::string_view utf8);

}  // namespace kiosk
