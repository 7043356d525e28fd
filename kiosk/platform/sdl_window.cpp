#include "platform/sdl_window.h"

#include <string_view>
#include <utility>

namespace kiosk {

Result<SdlWindow> SdlWindow::create(const std::optional<Size>& windowed) {
    Uint32 flags = SDL_WINDOW_SHOWN;
    Size size{1280, 720};
    if (windowed) {
        size = *windowed;
    } else {
        // Created at the display's own size: with no window manager (as under Xvfb) SDL 2.26
        // keeps a FULLSCREEN_DESKTOP window at its requested size, cutting off the screen.
        SDL_Rect bounds;
        if (SDL_GetDisplayBounds(0, &bounds) == 0) size = {bounds.w, bounds.h};
        flags |= SDL_WINDOW_FULLSCREEN_DESKTOP | SDL_WINDOW_BORDERLESS | SDL_WINDOW_ALWAYS_ON_TOP;
    }
    SDL_Window* window =
        SDL_CreateWindow("Access Kiosk", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, size.w, size.h, flags);
    if (window == nullptr) return failure(std::string("cannot create window: ") + SDL_GetError());
    // SDL's dummy video driver (tests, headless reviews) has no GPU to accelerate with:
    // asking anyway loads Mesa's GL libraries, tens of milliseconds, only to fail.
    const char* driver = SDL_GetCurrentVideoDriver();
    const bool headless = driver != nullptr && std::string_view(driver) == "dummy";
    SDL_Renderer* renderer = headless ? nullptr : SDL_CreateRenderer(window, -1, SDL_RENDERER_ACCELERATED);
    if (renderer == nullptr) renderer = SDL_CreateRenderer(window, -1, SDL_RENDERER_SOFTWARE);
    if (renderer == nullptr) {
        const std::string why = std::string("cannot create renderer: ") + SDL_GetError();
        SDL_DestroyWindow(window);
        return failure(why);
    }
    SdlWindow result(window, renderer, !windowed);
    if (!windowed) {
        SDL_ShowCursor(SDL_DISABLE);
        result.hold_input();
    }
    return result;
}

// The keyboard grab keeps Alt+Tab and the like from the window manager; the pointer grab
// keeps its mouse bindings (Alt+scroll switches desktop, Alt+middle-click lowers, a click
// on the root opens its menu) from ever seeing a click or a wheel.
void SdlWindow::hold_input() {
    SDL_SetWindowAlwaysOnTop(window_, SDL_TRUE);
    SDL_SetWindowKeyboardGrab(window_, SDL_TRUE);
    SDL_SetWindowMouseGrab(window_, SDL_TRUE);
}

bool SdlWindow::take_back_screen() {
    if (!fullscreen_) return false;
    if ((SDL_GetWindowFlags(window_) & (SDL_WINDOW_HIDDEN | SDL_WINDOW_MINIMIZED)) != 0) {
        SDL_ShowWindow(window_);
        SDL_RestoreWindow(window_);
    }
    SDL_RaiseWindow(window_);
    SDL_SetWindowInputFocus(window_);
    hold_input();
    return true;
}

SdlWindow::SdlWindow(SdlWindow&& other) noexcept
    : window_(std::exchange(other.window_, nullptr)),
      renderer_(std::exchange(other.renderer_, nullptr)),
      fullscreen_(other.fullscreen_) {}

SdlWindow::~SdlWindow() {
    if (renderer_ != nullptr) SDL_DestroyRenderer(renderer_);
    if (window_ != nullptr) SDL_DestroyWindow(window_);
}

Size SdlWindow::output_size() const {
    Size size;
    SDL_GetRendererOutputSize(renderer_, &size.w, &size.h);
    return size;
}

}  // namespace kiosk
