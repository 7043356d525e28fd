#pragma once

#include <string>

namespace kiosk::testing {

inline std::string source_path(const std::string& relative) { return std::string(KIOSK_SOURCE_DIR) + "/" + relative; }
inline std::string fixture_path(const std::string& relative) { return source_path("tests/fixtures/" + relative); }
inline std::string strings_dir() { return KIOSK_STRINGS_DIR; }

}  // namespace kiosk::testing
