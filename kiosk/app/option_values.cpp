#include "app/option_values.h"

#include <cstdio>

#include "core/ui/screen_layout.h"
#include "core/ui/theme.h"

namespace kiosk {
namespace {

Failure<Error> refused(const std::string& takes, const std::string& text) {
    return failure("takes " + takes + "; not '" + text + "'");
}

}  // namespace

Result<Size> read_screen_size(const std::string& text) {
    int w = 0;
    int h = 0;
    char rest = 0;
    if (std::sscanf(text.c_str(), "%dx%d%c", &w, &h, &rest) != 2 || w < 320 || h < 240 || w > 7680 || h > 7680) {
        return refused("WIDTHxHEIGHT from 320x240 to 7680x7680, e.g. 1280x1024", text);
    }
    return Size{w, h};
}

Result<int> read_text_size(const std::string& text) {
    for (int percent : kTextSizes) {
        if (std::to_string(percent) == text) return percent;
    }
    return refused("one of " + text_size_list(), text);
}

Result<std::string> read_theme_name(const std::string& text) {
    std::string names;
    for (const auto& theme : builtin_themes()) {
        if (theme.name == text) return text;
        names += (names.empty() ? "" : ", ") + theme.name;
    }
    return refused("one of " + names, text);
}

std::string text_size_list() {
    std::string sizes;
    for (int size : kTextSizes) sizes += (sizes.empty() ? "" : ", ") + std::to_string(size);
    return sizes;
}

}  // namespace kiosk
