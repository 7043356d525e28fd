#pragma once

#include <string>
#include <string_view>

#include <unicode/utf8.h>

#include "core/text/text_measurer.h"

namespace kiosk::testing {

// Measures like a monospaced font: a CJK character is one em wide, ASCII half an em.
// Layout tests then know exactly where lines must break.
class FakeMeasurer : public TextMeasurer {
public:
    int width(std::string_view utf8, const FontSpec& font) override {
        int halves = 0;
        for (unsigned char c : utf8) {
            if (c < 0x80)
                halves += 1;  // ASCII: half an em
            else if ((c & 0xC0) != 0x80)
                halves += 2;  // lead byte of a wide character
        }
        return halves * font.px / 2;
    }
    int line_height(const FontSpec& font) override { return font.px * 3 / 2; }
    // The fake fonts draw everything but the Private Use Area, which tests use for
    // "a character no font has".
    std::u32string missing_glyphs(std::string_view utf8) override {
        std::u32string missing;
        int32_t i = 0;
        const auto length = static_cast<int32_t>(utf8.size());
        while (i < length) {
            UChar32 c = 0;
            U8_NEXT(reinterpret_cast<const uint8_t*>(utf8.data()), i, length, c);
            if (c >= 0xE000 && c <= 0xF8FF) missing.push_back(static_cast<char32_t>(c));
        }
        return missing;
    }
};

}  // namespace kiosk::testing
