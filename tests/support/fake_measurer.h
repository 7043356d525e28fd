#pragma once

#include <string_view>

#include "core/text/text_measurer.h"

namespace kiosk::testing {

// Measures like a monospaced font: a CJK character is one em wide, ASCII half an em.
// Layout tests then know exactly where lines must break.
class FakeMeasurer : public TextMeasurer {
public:
    int width(std::string_view utf8, const FontSpec& font) override {
        int halves = 0;
        for (unsigned char c : utf8) {
            if (c < 0x80) halves += 1;          // ASCII: half an em
            else if ((c & 0xC0) != 0x80) halves += 2;  // lead byte of a wide character
        }
        return halves * font.px / 2;
    }
    int line_height(const FontSpec& font) override { return font.px * 3 / 2; }
};

}  // namespace kiosk::testing
