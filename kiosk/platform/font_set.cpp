#include "platform/font_set.h"

#include <string>

#include <unicode/utf8.h>

namespace kiosk {

FontSet::FontSet(FontFaces faces) : faces_(std::move(faces)) {}

FontSet::~FontSet() {
    for (auto& [key, font] : open_) TTF_CloseFont(font);
}

TTF_Font* FontSet::font(const FontSpec& spec) {
    const auto key = std::make_pair(spec.px, spec.weight);
    if (auto it = open_.find(key); it != open_.end()) return it->second;
    if (open_.size() >= kMaxOpenFonts) {
        for (auto& [k, f] : open_) TTF_CloseFont(f);
        open_.clear();
    }
    const FontFace& face = spec.weight == FontWeight::bold ? faces_.bold : faces_.regular;
    TTF_Font* font = TTF_OpenFontIndex(face.file.c_str(), spec.px, face.index);
    if (font != nullptr) open_[key] = font;
    return font;
}

int FontSet::width(std::string_view utf8, const FontSpec& spec) {
    TTF_Font* f = font(spec);
    if (f == nullptr || utf8.empty()) return 0;
    const std::string text(utf8);
    int w = 0;
    int h = 0;
    TTF_SizeUTF8(f, text.c_str(), &w, &h);
    return w;
}

int FontSet::line_height(const FontSpec& spec) {
    TTF_Font* f = font(spec);
    return f == nullptr ? spec.px : TTF_FontLineSkip(f);
}

}  // namespace kiosk

namespace kiosk {

std::u32string FontSet::missing_glyphs(std::string_view utf8) {
    std::u32string missing;
    TTF_Font* f = font(FontSpec{});
    int32_t i = 0;
    const auto length = static_cast<int32_t>(utf8.size());
    while (i < length) {
        UChar32 c = 0;
        U8_NEXT(reinterpret_cast<const uint8_t*>(utf8.data()), i, length, c);
        const bool drawn_without_glyph = c < 0x20 || c == 0x200B || c == 0xFEFF;  // controls and zero widths
        if (c < 0 || drawn_without_glyph) continue;
        if (f == nullptr || TTF_GlyphIsProvided32(f, static_cast<Uint32>(c)) == 0) missing.push_back(static_cast<char32_t>(c));
    }
    return missing;
}

}  // namespace kiosk
