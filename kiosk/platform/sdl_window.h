#pragma once

#include <SDL.h>

#include <optional>
#include <string>

#include "core/result.h"
#include "core/ui/geometry.h"

namespace kiosk {

// The kiosk's one window and its renderer.
class SdlWindow {
public:
    // `windowed` gives a size for a normal window; without it the window covers the
    // whole display, stays above every other window and holds the keyboard and the
    // pointer, so the desktop cannot be reached.
    static Result<SdlWindow> create(const std::optional<Size>& windowed);
    ~SdlWindow();
    SdlWindow(SdlWindow&& other) noexcept;
    SdlWindow& operator=(SdlWindow&&) = delete;
    SdlWindow(const SdlWindow&) = delete;

    SDL_Renderer* renderer() const { return renderer_; }
    Size output_size() const;

    // Something took the screen from the kiosk: a window manager lowered, hid or
    // unfocused it, or another window appeared. A fullscreen kiosk raises itself again,
    // takes the focus back and grabs keyboard and pointer anew; a window does nothing.
    // True when it acted.
    bool take_back_screen();
    bool fullscreen() const { return fullscreen_; }
    SDL_Window* window() const { return window_; }

private:
    SdlWindow(SDL_Window* window, SDL_Renderer* renderer, bool fullscreen)
        : window_(window), renderer_(renderer), fullscreen_(fullscreen) {}
    void hold_input();

    SDL_Window* window_ = nullptr;
    SDL_Renderer* renderer_ = nullptr;
    bool fullscreen_ = false;
};

}  // namespace kiosk
