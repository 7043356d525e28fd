#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"

namespace kiosk {

// What names a pack may use, decided here once, so that `kiosk-pack check`, the archive
// writer and reader and the kiosk all agree. A name is also part of a file path
// (<locale>/topics/<id>.md), so anything that could lead outside the pack, be hidden from
// the archive (a leading '.') or be refused by another file system (':') is not a name.

// A topic or category id: lowercase ASCII letters and digits in groups joined by single
// hyphens, at most kMaxIdLength characters ("free-bus", "goals-2025").
inline constexpr std::size_t kMaxIdLength = 64;
bool is_valid_id(std::string_view id);

// A locale tag as the pack uses it: BCP 47 letters and digits in hyphen-joined subtags,
// the first 2 to 8 letters ("zh-Hans", "en", "ko").
bool is_valid_locale_tag(std::string_view tag);

// Whether a file's path (relative, '/'-separated) can be part of a pack, or why not. Each
// part is ASCII letters, digits, '-', '_' and '.', and does not start with '.'.
Status check_pack_path(std::string_view path);

// Files an archive carries beside the pack's own; a directory pack must not hold them,
// because `kiosk-pack build` writes its own and a stale one would be archived twice.
bool is_archive_bookkeeping_file(std::string_view path);

}  // namespace kiosk
