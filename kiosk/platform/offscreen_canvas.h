#pragma once

#include <SDL.h>

#include <memory>
#include <string>

#include "core/result.h"
#include "core/ui/geometry.h"

namespace kiosk {

// A picture of a screen drawn without any display: SDL's software renderer on a surface
// in memory, saved as PNG. Reviews render every screen this way on machines with no
// window system.
class OffscreenCanvas {
public:
    static Result<std::unique_ptr<OffscreenCanvas>> create(Size size);
    ~OffscreenCanvas();
    OffscreenCanvas(const OffscreenCanvas&) = delete;
    OffscreenCanvas& operator=(const OffscreenCanvas&) = delete;

    SDL_Renderer* renderer() const { return renderer_; }
    Size size() const { return size_; }

    // Writes what has been drawn so far. A low compression level: review runs write
    // thousands of pictures, and disk is cheaper than time.
    Status save_png(const std::string& path);

private:
    OffscreenCanvas(SDL_Surface* surface, SDL_Renderer* renderer, Size size)
        : surface_(surface), renderer_(renderer), size_(size) {}

    SDL_Surface* surface_;
    SDL_Renderer* renderer_;
    Size size_;
};

}  // namespace kiosk
