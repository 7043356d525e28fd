#pragma once

#include <filesystem>
#include <string>

#include "core/result.h"

namespace kiosk {

// The file a browser names by its path relative to the pack, or why it may not be touched.
// A name with "..", "." or an empty part, an absolute path, a backslash or a control
// character is refused, and so is one whose real path (symbolic links followed) leaves the
// pack: the console reads and writes nothing outside the pack it serves.
Result<std::filesystem::path> confined_path(const std::filesystem::path& root, const std::string& relative);

// Only the pack's text files are edited in the console: Markdown topics and TOML files.
bool is_editable_pack_file(const std::string& relative);

}  // namespace kiosk
