#pragma once

#include <SDL.h>

#include <optional>
#include <string>

#include "core/ui/geometry.h"

namespace kiosk {

// The kiosk's one window and its renderer.
class SdlWindow {
public:
    // `windowed` gives a size for a normal window; without it the window covers the
    // whole display and holds the keyboard, so the desktop cannot be reached.
    static std::optional<SdlWindow> create(const std::optional<Size>& windowed, std::string& error);
    ~SdlWindow();
    SdlWindow(SdlWindow&& other) noexcept;
    SdlWindow& operator=(SdlWindow&&) = delete;
    SdlWindow(const SdlWindow&) = delete;

    SDL_Renderer* renderer() const { return renderer_; }
    Size output_size() const;

private:
    SdlWindow(SDL_Window* window, SDL_Renderer* renderer) : window_(window), renderer_(renderer) {}

    SDL_Window* window_ = nullptr;
    SDL_Renderer* renderer_ = nullptr;
};

}  // namespace kiosk
