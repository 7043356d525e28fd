#pragma once

#include <SDL_ttf.h>

#include <map>
#include <memory>
#include <string>
#include <utility>

#include "core/text/text_measurer.h"
#include "platform/font_locator.h"

namespace kiosk {

// The open fonts of one locale, one per size and weight, answering layout's
// measurements from the real glyphs. A screen uses a handful of sizes, so the set
// stays small; it is bounded all the same.
class FontSet : public TextMeasurer {
public:
    explicit FontSet(FontFaces faces);
    ~FontSet() override;
    FontSet(const FontSet&) = delete;
    FontSet& operator=(const FontSet&) = delete;

    // Null only when the font file cannot be opened; the error is in SDL_GetError().
    TTF_Font* font(const FontSpec& spec);

    int width(std::string_view utf8, const FontSpec& spec) override;
    int line_height(const FontSpec& spec) override;
    std::u32string missing_glyphs(std::string_view utf8) override;

private:
    static constexpr std::size_t kMaxOpenFonts = 32;

    FontFaces faces_;
    std::map<std::pair<int, FontWeight>, TTF_Font*> open_;
};

}  // namespace kiosk
