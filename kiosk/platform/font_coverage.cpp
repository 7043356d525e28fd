#include "platform/font_coverage.h"

// fcfreetype.h builds on fontconfig.h's declarations, so it comes second.
#include <fontconfig/fontconfig.h>
// clang-format off
#include <fontconfig/fcfreetype.h>
// clang-format on

#include <vector>

namespace kiosk {

struct FontCoverage::CharSets {
    struct Family {
        FcCharSet* regular = nullptr;
        FcCharSet* bold = nullptr;
    };
    std::vector<Family> chain;
    ~CharSets() {
        for (const Family& family : chain) {
            if (family.regular != nullptr) FcCharSetDestroy(family.regular);
            if (family.bold != nullptr) FcCharSetDestroy(family.bold);
        }
    }
};

namespace {

// The characters fontconfig's cache records for the face: no font file is opened.
FcCharSet* cached_characters_of(const FontFace& face) {
    FcPattern* pattern = FcPatternCreate();
    FcPatternAddString(pattern, FC_FILE, reinterpret_cast<const FcChar8*>(face.file.c_str()));
    FcPatternAddInteger(pattern, FC_INDEX, static_cast<int>(face.index));
    FcObjectSet* objects = FcObjectSetBuild(FC_CHARSET, nullptr);
    FcFontSet* fonts = FcFontList(nullptr, pattern, objects);
    FcObjectSetDestroy(objects);
    FcPatternDestroy(pattern);
    FcCharSet* set = nullptr;
    FcCharSet* copy = nullptr;
    if (fonts != nullptr && fonts->nfont > 0 &&
        FcPatternGetCharSet(fonts->fonts[0], FC_CHARSET, 0, &set) == FcResultMatch) {
        copy = FcCharSetCopy(set);
    }
    if (fonts != nullptr) FcFontSetDestroy(fonts);
    return copy;
}

// A face fontconfig does not list (a font file given by path) is read with FreeType.
Result<FcCharSet*> characters_of(const FontFace& face) {
    if (FcCharSet* cached = cached_characters_of(face)) return cached;
    int count = 0;
    FcCharSet* set = nullptr;
    FcPattern* pattern = FcFreeTypeQuery(reinterpret_cast<const FcChar8*>(face.file.c_str()),
                                         static_cast<unsigned>(face.index), nullptr, &count);
    if (pattern == nullptr || FcPatternGetCharSet(pattern, FC_CHARSET, 0, &set) != FcResultMatch) {
        if (pattern != nullptr) FcPatternDestroy(pattern);
        return failure(Error(face.file, "cannot read the characters of the font"));
    }
    FcCharSet* copy = FcCharSetCopy(set);
    FcPatternDestroy(pattern);
    return copy;
}

}  // namespace

FontCoverage::FontCoverage(std::unique_ptr<CharSets> sets) : sets_(std::move(sets)) {}
FontCoverage::FontCoverage(FontCoverage&&) noexcept = default;
FontCoverage::~FontCoverage() = default;

Result<FontCoverage> FontCoverage::for_faces(const FontFaces& faces) {
    auto sets = std::make_unique<CharSets>();
    for (const FontFamily& family : faces.chain) {
        CharSets::Family& characters = sets->chain.emplace_back();
        auto regular = characters_of(family.regular);
        if (!regular) return failure(regular.error());
        characters.regular = *regular;
        auto bold = characters_of(family.bold);
        if (!bold) return failure(bold.error());
        characters.bold = *bold;
    }
    return FontCoverage(std::move(sets));
}

// One family must have the glyph in both weights: headings are bold, body text regular,
// and a character is drawn by the first family that has it.
bool FontCoverage::covers(char32_t character) const {
    for (const CharSets::Family& family : sets_->chain) {
        if (FcCharSetHasChar(family.regular, static_cast<FcChar32>(character)) &&
            FcCharSetHasChar(family.bold, static_cast<FcChar32>(character))) {
            return true;
        }
    }
    return false;
}

}  // namespace kiosk
