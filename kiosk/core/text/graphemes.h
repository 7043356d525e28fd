#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kiosk {

// The user-perceived characters of a text (ICU grapheme clusters), for spelling aloud.
std::vector<std::string> grapheme_clusters(std::string_view utf8);

// Whether a character (cluster) is white space or punctuation.
bool is_space_or_punctuation(std::string_view cluster);

}  // namespace kiosk
