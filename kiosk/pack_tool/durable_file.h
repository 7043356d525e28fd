#pragma once

#include <string>

#include "core/result.h"

namespace kiosk {

// Files a web server may be serving while they are replaced: a reader sees the old file
// or the new one, whole, never half of one, even after a power cut.

// Writes `bytes` to a hidden temporary file beside `path`, flushes it to disk, renames it
// over `path` and flushes the folder.
Status write_file_durably(const std::string& path, const std::string& bytes);

// Flushes the finished file `from` to disk and renames it to `to` in the same folder.
Status move_file_durably(const std::string& from, const std::string& to);

}  // namespace kiosk
