#pragma once

#include <SDL.h>

#include <cstddef>
#include <list>
#include <set>
#include <string>
#include <unordered_map>

#include "core/text/text_measurer.h"
#include "core/ui/color.h"
#include "platform/font_set.h"

namespace kiosk {

struct TextTexture {
    SDL_Texture* texture = nullptr;
    int w = 0;
    int h = 0;
    // Where the texture's top is below the line box's top: above it (negative) when a
    // fallback face reaches higher than the first face, so baselines stay level.
    int top = 0;
};

// Rendered lines of text kept as textures between frames, least recently used first
// out, bounded in bytes so a kiosk that runs for months never grows. A line of several
// runs (fallback faces, right-to-left text) is composed into one texture.
class TextTextureCache {
public:
    TextTextureCache(SDL_Renderer* renderer, FontSet& fonts, std::size_t budget_bytes);
    ~TextTextureCache();
    TextTextureCache(const TextTextureCache&) = delete;
    TextTextureCache& operator=(const TextTextureCache&) = delete;

    // Null texture when the text cannot be rendered.
    TextTexture get(const std::string& utf8, const FontSpec& font, Color color);

    // What the textures take, counted as 4 bytes a pixel; never above the budget, except
    // by one line wider than the whole budget.
    std::size_t bytes() const { return bytes_; }
    std::size_t entries() const { return entries_.size(); }

private:
    struct Entry {
        std::string key;
        TextTexture value;
        std::size_t bytes = 0;
    };

    SDL_Surface* render_line(const std::string& utf8, const FontSpec& font, Color color, int& top);
    void report_missing(const std::u32string& missing);
    void evict_until_within_budget();

    SDL_Renderer* renderer_;
    FontSet& fonts_;
    std::size_t budget_;
    std::size_t bytes_ = 0;
    std::list<Entry> entries_;  // most recently used first
    std::unordered_map<std::string, std::list<Entry>::iterator> index_;
    std::set<char32_t> reported_missing_;
};

}  // namespace kiosk
