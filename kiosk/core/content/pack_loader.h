#pragma once

#include <optional>
#include <string>

#include "core/content/pack.h"
#include "core/content/pack_error.h"

namespace kiosk {

struct PackLoadResult {
    std::optional<Pack> pack;  // present only when there are no errors
    PackErrors problems;       // every problem found, errors and warnings
};

// Reads and checks a pack directory:
//   pack.toml                      manifest
//   <locale>/home.toml             home screen, section headings, categories in order
//   <locale>/topics/<id>.md        one article per topic: TOML front matter between
//                                  '+++' lines, then CommonMark with '## ' sections
// A pack with any error is never returned half-loaded.
PackLoadResult load_pack(const std::string& directory);

}  // namespace kiosk
