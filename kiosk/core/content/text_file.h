#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "core/content/pack_error.h"

namespace kiosk {

// A pack file larger than this is refused: no article a resident reads needs more,
// and a runaway file must not exhaust the kiosk's memory.
inline constexpr std::size_t kMaxPackFileBytes = 1024 * 1024;

// Reads a whole text file that must be UTF-8 without a byte order mark.
// On failure returns nothing and appends a problem naming `display_name`.
std::optional<std::string> read_text_file(const std::string& path, const std::string& display_name,
                                          PackErrors& problems);

// The 1-based line and column of the first byte that is not valid UTF-8, if any.
std::optional<SourceLocation> find_invalid_utf8(const std::string& bytes);

}  // namespace kiosk
