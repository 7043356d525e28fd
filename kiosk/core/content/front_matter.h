#pragma once

#include <optional>
#include <string>

#include "core/content/pack_error.h"

namespace kiosk {

struct FrontMatterSplit {
    std::string front_matter;
    std::string body;
    int body_first_line = 1;
};

// Splits an article, "+++\n<toml>\n+++\n<markdown>", at its fences; a missing fence is
// reported against `file`.
std::optional<FrontMatterSplit> split_front_matter(const std::string& text, const std::string& file,
                                                   PackErrors& problems);

}  // namespace kiosk
