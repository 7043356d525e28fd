#pragma once

#include <memory>
#include <optional>
#include <string>

#include "platform/font_locator.h"

namespace kiosk {

// Which characters a locale's fonts can draw, asked of the font files of its whole
// fallback chain through fontconfig, so a pack check knows rather than guesses.
class FontCoverage {
public:
    static Result<FontCoverage> for_faces(const FontFaces& faces);
    ~FontCoverage();
    FontCoverage(FontCoverage&&) noexcept;
    FontCoverage& operator=(FontCoverage&&) = delete;
    FontCoverage(const FontCoverage&) = delete;

    bool covers(char32_t character) const;

private:
    struct CharSets;
    explicit FontCoverage(std::unique_ptr<CharSets> sets);
    std::unique_ptr<CharSets> sets_;
};

}  // namespace kiosk
