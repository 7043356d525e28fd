#include "platform/font_set.h"

#include <string>

namespace kiosk {

// Which faces of the chain have a character, asked of the open fonts of one size and weight.
class FontSet::Chooser : public FaceChooser {
public:
    Chooser(FontSet& fonts, const FontSpec& spec) : fonts_(fonts), spec_(spec) {}

    std::size_t face_count() override { return fonts_.faces_.chain.size(); }

    bool has_glyph(std::size_t face, char32_t character) override {
        TTF_Font* font = fonts_.font(spec_, face);
        return font != nullptr && TTF_GlyphIsProvided32(font, static_cast<Uint32>(character)) != 0;
    }

private:
    FontSet& fonts_;
    FontSpec spec_;
};

FontSet::FontSet(FontFaces faces) : faces_(std::move(faces)) {}

FontSet::~FontSet() {
    for (auto& [key, font] : open_) TTF_CloseFont(font);
}

TTF_Font* FontSet::font(const FontSpec& spec, std::size_t face) {
    if (face >= faces_.chain.size()) return nullptr;
    const Key key{face, spec.px, spec.weight};
    if (auto it = open_.find(key); it != open_.end()) return it->second;
    if (open_.size() >= max_open_fonts()) {
        for (auto& [k, f] : open_) TTF_CloseFont(f);
        open_.clear();
    }
    const FontFamily& family = faces_.chain[face];
    const FontFace& file = spec.weight == FontWeight::bold ? family.bold : family.regular;
    TTF_Font* font = open_font(file, spec.px);
    if (font != nullptr) open_[key] = font;
    return font;
}

// From the file's mapping, or, should mapping fail, from the file itself.
TTF_Font* FontSet::open_font(const FontFace& face, int px) {
    auto& file = files_[face.file];
    if (!file) file = std::make_unique<MappedFile>(face.file);
    if (file->empty()) return TTF_OpenFontIndex(face.file.c_str(), px, face.index);
    SDL_RWops* memory = SDL_RWFromConstMem(file->data(), static_cast<int>(file->size()));
    return memory == nullptr ? nullptr : TTF_OpenFontIndexRW(memory, 1, px, face.index);
}

LineRuns FontSet::runs(std::string_view utf8, const FontSpec& spec) {
    Chooser chooser(*this, spec);
    return splitter_.split(utf8, chooser);
}

TTF_Font* FontSet::shaping_font(const TextRun& run, const FontSpec& spec) {
    TTF_Font* f = font(spec, run.face);
    if (f == nullptr) return nullptr;
    TTF_SetFontDirection(f, run.direction == TextDirection::right_to_left ? TTF_DIRECTION_RTL : TTF_DIRECTION_LTR);
    TTF_SetFontScriptName(f, run.script.c_str());
    return f;
}

int FontSet::width(std::string_view utf8, const FontSpec& spec) {
    if (utf8.empty()) return 0;
    int total = 0;
    for (const TextRun& run : runs(utf8, spec).runs) {
        TTF_Font* f = shaping_font(run, spec);
        int w = 0;
        int h = 0;
        if (f != nullptr && TTF_SizeUTF8(f, run.utf8.c_str(), &w, &h) == 0) total += w;
    }
    return total;
}

// The first face sets the line height: it draws most of the locale's text, and lines
// keep one rhythm whatever fallback face a line needs.
int FontSet::line_height(const FontSpec& spec) {
    TTF_Font* f = font(spec);
    return f == nullptr ? spec.px : TTF_FontLineSkip(f);
}

std::u32string FontSet::missing_glyphs(std::string_view utf8) { return runs(utf8, FontSpec{}).missing; }

}  // namespace kiosk
