#pragma once

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

namespace kiosk {

// The sentences of a text as byte ranges [begin, end), by ICU's sentence BreakIterator:
// say-all speaks and highlights one sentence at a time.
std::vector<std::pair<std::size_t, std::size_t>> sentence_ranges(std::string_view utf8);

// The most say-all looks at to find one sentence: a paragraph may be a megabyte, and
// each step of reading must cost the same however long the paragraph is.
inline constexpr std::size_t kSentenceWindow = 2048;

// The sentence of `utf8` that starts at byte `from`, as [begin, end), looking at no more
// than `window` bytes. A sentence longer than that ends at the last space (or Chinese
// comma) in the window, else at the last whole character, so a paragraph with no sentence
// end is still read in pieces. Empty at or past the end.
std::pair<std::size_t, std::size_t> next_sentence(std::string_view utf8, std::size_t from,
                                                  std::size_t window = kSentenceWindow);

// A text cut into pieces of at most `most` bytes, as [begin, end) ranges, each ending
// after a sentence where one ends in reach, else after a space or Chinese comma, else
// between characters. A scan of the bytes, no more: it runs on texts of a megabyte.
std::vector<std::pair<std::size_t, std::size_t>> bounded_pieces(std::string_view utf8, std::size_t most);

}  // namespace kiosk
