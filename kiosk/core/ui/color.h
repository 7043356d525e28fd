#pragma once

#include <cstdint>

namespace kiosk {

struct Color {
    std::uint8_t r = 0;
    std::uint8_t g = 0;
    std::uint8_t b = 0;
    bool operator==(const Color&) const = default;
};

// WCAG 2.x relative luminance of an sRGB colour, 0 (black) to 1 (white).
double relative_luminance(Color c);

// WCAG 2.x contrast ratio, 1 to 21, whichever colour is lighter.
double contrast_ratio(Color a, Color b);

}  // namespace kiosk
