#include "platform/font_coverage.h"

// fcfreetype.h builds on fontconfig.h's declarations, so it comes second.
#include <fontconfig/fontconfig.h>
// clang-format off
#include <fontconfig/fcfreetype.h>
// clang-format on

#include <vector>

namespace kiosk {

struct FontCoverage::CharSets {
    std::vector<FcCharSet*> sets;
    ~CharSets() {
        for (FcCharSet* set : sets) FcCharSetDestroy(set);
    }
};

FontCoverage::FontCoverage(std::unique_ptr<CharSets> sets) : sets_(std::move(sets)) {}
FontCoverage::FontCoverage(FontCoverage&&) noexcept = default;
FontCoverage::~FontCoverage() = default;

std::optional<FontCoverage> FontCoverage::for_faces(const FontFaces& faces, std::string& error) {
    auto sets = std::make_unique<CharSets>();
    for (const FontFace* face : {&faces.regular, &faces.bold}) {
        int count = 0;
        FcCharSet* set = nullptr;
        FcPattern* pattern = FcFreeTypeQuery(reinterpret_cast<const FcChar8*>(face->file.c_str()),
                                             static_cast<unsigned>(face->index), nullptr, &count);
        if (pattern == nullptr || FcPatternGetCharSet(pattern, FC_CHARSET, 0, &set) != FcResultMatch) {
            if (pattern != nullptr) FcPatternDestroy(pattern);
            error = "cannot read the characters of font " + face->file;
            return std::nullopt;
        }
        sets->sets.push_back(FcCharSetCopy(set));
        FcPatternDestroy(pattern);
    }
    return FontCoverage(std::move(sets));
}

// Both weights must have the glyph: headings are bold, body text regular.
bool FontCoverage::covers(char32_t character) const {
    for (FcCharSet* set : sets_->sets) {
        if (!FcCharSetHasChar(set, static_cast<FcChar32>(character))) return false;
    }
    return true;
}

}  // namespace kiosk
