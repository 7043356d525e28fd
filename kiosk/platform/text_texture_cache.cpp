#include "platform/text_texture_cache.h"

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

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

struct SurfaceDeleter {
    void operator()(SDL_Surface* surface) const { SDL_FreeSurface(surface); }
};
using Surface = std::unique_ptr<SDL_Surface, SurfaceDeleter>;

// One run, rendered, with the ascent of its face for lining up baselines.
struct RenderedRun {
    Surface surface;
    int ascent = 0;
};

// Runs side by side in one surface, their baselines on one row. The runs do not overlap,
// so each is copied, not blended: its alpha stays the text's own.
Surface compose(const std::vector<RenderedRun>& runs, int& baseline) {
    int width = 0;
    int below = 0;
    baseline = 0;
    for (const RenderedRun& run : runs) {
        width += run.surface->w;
        baseline = std::max(baseline, run.ascent);
        below = std::max(below, run.surface->h - run.ascent);
    }
    Surface line(SDL_CreateRGBSurfaceWithFormat(0, width, baseline + below, 32, SDL_PIXELFORMAT_ARGB8888));
    if (!line) return nullptr;
    SDL_FillRect(line.get(), nullptr, 0);
    int x = 0;
    for (const RenderedRun& run : runs) {
        SDL_SetSurfaceBlendMode(run.surface.get(), SDL_BLENDMODE_NONE);
        SDL_Rect target{x, baseline - run.ascent, run.surface->w, run.surface->h};
        SDL_BlitSurface(run.surface.get(), nullptr, line.get(), &target);
        x += run.surface->w;
    }
    return line;
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
    int top = 0;
    SDL_Surface* surface = utf8.empty() ? nullptr : render_line(utf8, font, color, top);
    if (surface == nullptr) return {};
    SDL_Texture* texture = SDL_CreateTextureFromSurface(renderer_, surface);
    TextTexture value{texture, surface->w, surface->h, top};
    SDL_FreeSurface(surface);
    if (texture == nullptr) return {};

    const std::size_t bytes = static_cast<std::size_t>(value.w) * static_cast<std::size_t>(value.h) * 4;
    entries_.push_front({key, value, bytes});
    index_[key] = entries_.begin();
    bytes_ += bytes;
    evict_until_within_budget();
    return value;
}

// The line's runs, each shaped with its own face, direction and script, left to right.
// A line of one run is that run's surface as it is.
SDL_Surface* TextTextureCache::render_line(const std::string& utf8, const FontSpec& font, Color color, int& top) {
    const LineRuns line = fonts_.runs(utf8, font);
    report_missing(line.missing);
    TTF_Font* first = fonts_.font(font);
    if (first == nullptr) return nullptr;
    const int first_ascent = TTF_FontAscent(first);  // read now: opening other faces may close fonts
    std::vector<RenderedRun> rendered;
    for (const TextRun& run : line.runs) {
        TTF_Font* face = fonts_.shaping_font(run, font);
        if (face == nullptr) continue;
        Surface surface(TTF_RenderUTF8_Blended(face, run.utf8.c_str(), SDL_Color{color.r, color.g, color.b, 255}));
        if (surface) rendered.push_back({std::move(surface), TTF_FontAscent(face)});
    }
    if (rendered.empty()) return nullptr;
    int baseline = rendered.front().ascent;
    Surface surface = rendered.size() == 1 ? std::move(rendered.front().surface) : compose(rendered, baseline);
    top = first_ascent - baseline;
    return surface.release();
}

// Left out rather than drawn as empty boxes; said once, so staff can fix the text or the fonts.
void TextTextureCache::report_missing(const std::u32string& missing) {
    for (const char32_t character : missing) {
        if (!reported_missing_.insert(character).second) continue;
        std::fprintf(stderr, "kiosk: no font of this language has U+%04X; it is left out of the text on screen\n",
                     static_cast<unsigned>(character));
    }
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
