#include "platform/text_texture_cache.h"

namespace kiosk {
namespace {

std::string cache_key(const std::string& utf8, const FontSpec& font, Color color) {
    std::string key;
    key.reserve(utf8.size() + 16);
    key += std::to_string(font.px);
    key += font.weight == FontWeight::bold ? 'b' : 'r';
    key += static_cast<char>(color.r);
    key += static_cast<char>(color.g);
    key += static_cast<char>(color.b);
    key += utf8;
    return key;
}

}  // namespace

TextTextureCache::TextTextureCache(SDL_Renderer* renderer, FontSet& fonts, std::size_t budget_bytes)
    : renderer_(renderer), fonts_(fonts), budget_(budget_bytes) {}

TextTextureCache::~TextTextureCache() {
    for (auto& entry : entries_) SDL_DestroyTexture(entry.value.texture);
}

TextTexture TextTextureCache::get(const std::string& utf8, const FontSpec& font, Color color) {
    const std::string key = cache_key(utf8, font, color);
    if (auto it = index_.find(key); it != index_.end()) {
        entries_.splice(entries_.begin(), entries_, it->second);
        return it->second->value;
    }
    TTF_Font* ttf = fonts_.font(font);
    if (ttf == nullptr || utf8.empty()) return {};
    SDL_Surface* surface = TTF_RenderUTF8_Blended(ttf, utf8.c_str(), SDL_Color{color.r, color.g, color.b, 255});
    if (surface == nullptr) return {};
    SDL_Texture* texture = SDL_CreateTextureFromSurface(renderer_, surface);
    TextTexture value{texture, surface->w, surface->h};
    SDL_FreeSurface(surface);
    if (texture == nullptr) return {};

    const std::size_t bytes = static_cast<std::size_t>(value.w) * static_cast<std::size_t>(value.h) * 4;
    entries_.push_front({key, value, bytes});
    index_[key] = entries_.begin();
    bytes_ += bytes;
    evict_until_within_budget();
    return value;
}

// The entry just added is never evicted: it is about to be drawn.
void TextTextureCache::evict_until_within_budget() {
    while (bytes_ > budget_ && entries_.size() > 1) {
        Entry& oldest = entries_.back();
        SDL_DestroyTexture(oldest.value.texture);
        bytes_ -= oldest.bytes;
        index_.erase(oldest.key);
        entries_.pop_back();
    }
}

}  // namespace kiosk
