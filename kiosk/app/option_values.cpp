#include "app/option_values.h"

#include <cstdio>

#include "core/ui/screen_layout.h"

namespace kiosk {

std::optional<Size> parse_screen_size(const std::string& text) {
    int w = 0;
    int h = 0;
    char rest = 0;
    if (std::sscanf(text.c_str(), "%dx%d%c", &w, &h, &rest) != 2 || w < 320 || h < 240 || w > 7680 || h > 7680) {
        return std::nullopt;
    }
    return Size{w, h};
}

std::optional<int> parse_text_size(const std::string& text) {
    for (int percent : kTextSizes) {
        if (std::to_string(percent) == text) return percent;
    }
    return std::nullopt;
}

std::string text_size_list() {
    std::string sizes;
    for (int size : kTextSizes) sizes += (sizes.empty() ? "" : ", ") + std::to_string(size);
    return sizes;
}

}  // namespace kiosk
