#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/content/pack_error.h"
#include "core/content/pack_source.h"

namespace kiosk {

// A pack file larger than this is refused: no article a resident reads needs more,
// and a runaway file must not exhaust the kiosk's memory.
inline constexpr std::size_t kMaxPackFileBytes = 1024 * 1024;

// Reads a whole text file of a pack. It must be UTF-8 in Unicode normal form C, without
// a byte order mark and with LF line ends; otherwise returns nothing and appends a
// problem naming the file, line and column.
std::optional<std::string> read_text_file(const PackSource& source, const std::string& relative, PackErrors& problems);

// Line and column (in characters, 1-based) of a byte offset into UTF-8 text; no file name.
SourceLocation location_of_byte(std::string_view text, std::size_t offset);

// The 1-based line and column of the first byte that is not valid UTF-8, if any.
std::optional<SourceLocation> find_invalid_utf8(const std::string& bytes);

// The line and column of the first character that is not in normal form C, if any.
std::optional<SourceLocation> find_non_nfc(const std::string& utf8);

}  // namespace kiosk
