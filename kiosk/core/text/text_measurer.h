#pragma once

#include <string>
#include <string_view>

namespace kiosk {

enum class FontWeight { regular, bold };

struct FontSpec {
    int px = 40;
    FontWeight weight = FontWeight::regular;

    bool operator==(const FontSpec&) const = default;
};

// How wide text is in a font. The shell answers from the real fonts; tests answer
// from a fixed-advance fake. Layout never sees a font file.
class TextMeasurer {
public:
    virtual ~TextMeasurer() = default;
    virtual int width(std::string_view utf8, const FontSpec& font) = 0;
    virtual int line_height(const FontSpec& font) = 0;
    // The characters of `utf8` that no font can draw. They are left out when drawing,
    // never shown as empty boxes, and reported so staff can fix the text or the fonts.
    virtual std::u32string missing_glyphs(std::string_view utf8) = 0;
};

}  // namespace kiosk
