#pragma once

#include <SDL.h>

#include <chrono>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace kiosk {

// A list of inputs played into the real SDL event queue, as if a resident pressed the
// keys: for demonstrations and for tests that run the whole program.
//   key NAME      an SDL key name, with optional modifiers: "Down", "Keypad 2", "Shift+Tab"
//   tap X Y       a touch or click at a screen position
//   press X Y / move X Y / release X Y   a finger going down, sliding and lifting
//   wait MS       a pause
//   audio-removed / audio-added   an audio output device goes or comes
//   quit          end the program
class InputScript {
public:
    using Clock = std::chrono::steady_clock;

    struct KeyStep {
        SDL_Keycode key = SDLK_UNKNOWN;
        Uint16 modifiers = KMOD_NONE;
    };
    struct TapStep {
        int x = 0;
        int y = 0;
    };
    // One part of a touch: the finger goes down, slides to a place, or lifts.
    struct PointerStep {
        Uint32 type = SDL_MOUSEBUTTONDOWN;  // or SDL_MOUSEMOTION, SDL_MOUSEBUTTONUP
        int x = 0;
        int y = 0;
    };
    struct WaitStep {
        int ms = 0;
    };
    struct QuitStep {};
    // An audio output device removed or added, as SDL reports it: for testing recovery.
    struct AudioDeviceStep {
        Uint32 type = SDL_AUDIODEVICEREMOVED;
    };
    using Step = std::variant<KeyStep, TapStep, PointerStep, WaitStep, QuitStep, AudioDeviceStep>;

    // Reads a script; a line it does not understand is an error naming file and line.
    static std::optional<InputScript> load(const std::string& path, std::string& error);

    // Plays every step that is due; returns false once a quit step is reached.
    bool play_due(Clock::time_point now);
    // How long the event loop may sleep before the next step is due; nothing when done.
    std::optional<int> ms_until_next(Clock::time_point now) const;

private:
    std::vector<Step> steps_;
    std::size_t next_ = 0;
    std::optional<Clock::time_point> due_;
};

}  // namespace kiosk
