#include "platform/sdl_painter.h"

#include <variant>

namespace kiosk {
namespace {

SDL_Rect to_sdl(const Rect& r) { return {r.x, r.y, r.w, r.h}; }

void set_color(SDL_Renderer* renderer, Color c) { SDL_SetRenderDrawColor(renderer, c.r, c.g, c.b, 255); }

struct CommandDrawer {
    SDL_Renderer* renderer;
    TextTextureCache& text;

    void operator()(const FillRect& fill) const {
        set_color(renderer, fill.color);
        const SDL_Rect r = to_sdl(fill.rect);
        SDL_RenderFillRect(renderer, &r);
    }

    void operator()(const Outline& outline) const {
        set_color(renderer, outline.color);
        const Rect& r = outline.rect;
        const int t = outline.thickness;
        const SDL_Rect sides[4] = {
            {r.x, r.y, r.w, t},
            {r.x, r.bottom() - t, r.w, t},
            {r.x, r.y + t, t, r.h - 2 * t},
            {r.right() - t, r.y + t, t, r.h - 2 * t},
        };
        SDL_RenderFillRects(renderer, sides, 4);
    }

    void operator()(const DrawText& run) const {
        const TextTexture texture = text.get(run.utf8, run.font, run.color);
        if (texture.texture == nullptr) return;
        const SDL_Rect target{run.x, run.y + texture.top, texture.w, texture.h};
        SDL_RenderCopy(renderer, texture.texture, nullptr, &target);
    }

    void operator()(const SetClip& clip) const {
        if (clip.rect) {
            const SDL_Rect r = to_sdl(*clip.rect);
            SDL_RenderSetClipRect(renderer, &r);
        } else {
            SDL_RenderSetClipRect(renderer, nullptr);
        }
    }
};

}  // namespace

void draw_display_list(SDL_Renderer* renderer, TextTextureCache& text, const DisplayList& list) {
    const CommandDrawer drawer{renderer, text};
    for (const auto& command : list) std::visit(drawer, command);
}

}  // namespace kiosk
