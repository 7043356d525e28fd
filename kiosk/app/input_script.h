#pragma once

#include <SDL.h>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/result.h"
#include "platform/pack_watcher.h"

namespace kiosk {

// A list of inputs played into the real SDL event queue, as if a resident pressed the
// keys: for demonstrations and for tests that run the whole program.
//   key NAME      an SDL key name, with optional modifiers: "Down", "Keypad 2", "Shift+Tab"
//   key-down NAME / key-up NAME   the key only goes down, or comes up: a key held for a
//                 while, for the key timings (a wait between)
//   tap X Y       a touch or click at a screen position
//   press X Y / move X Y / release X Y   a finger going down, sliding and lifting
//   wait MS       a pause
//   await TEXT    wait until the kiosk logs a note containing TEXT (at most 30 s), as when
//                 a test changes the pack on disk and the kiosk must notice; each await
//                 takes one such note
//   await-path PATH  wait until PATH exists (at most 30 s), as when a test puts back a
//                 folder it took away
//   audio-removed / audio-added   an audio output device goes or comes
//   headset-in / headset-out      the headset jack reports a headset plugged in, or
//                 unplugged (with a script the script is the jack: ALSA's is not read)
//   note TEXT     write TEXT as a note into the speech log, so whoever watches the log
//                 knows how far the script has got (a soak reading the process's memory);
//                 written when played, so a key just before it needs a wait between
//   clock real    play on the real clock (see below)
//   quit          end the program
// Test hooks, for the watchdog's tests (the service must stop its pings):
//   hang-loop     the main loop blocks for good
//   wedge-speech  the speech worker's next synthesis blocks for good
// A script plays on a virtual clock: a wait in which nothing is being said or awaited
// takes no time. A script whose timing belongs to the world outside (a test removing the
// audio device's folder while the kiosk runs) asks for the real clock.
class InputScript {
public:
    using Clock = std::chrono::steady_clock;

    struct KeyStep {
        SDL_Keycode key = SDLK_UNKNOWN;
        Uint16 modifiers = KMOD_NONE;
        bool down = true;  // the key goes down
        bool up = true;    // the key comes up
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
    struct AwaitStep {
        std::string text;
    };
    // Waits until a path exists, as when a test puts back what it took away.
    struct AwaitPathStep {
        std::string path;
    };
    // An audio output device removed or added, as SDL reports it: for testing recovery.
    struct AudioDeviceStep {
        Uint32 type = SDL_AUDIODEVICEREMOVED;
    };
    // The headset jack's report, handed to the loop as an SDL event of type
    // headset_event() whose user.code is 1 for a headset, 0 for none.
    struct HeadsetStep {
        bool present = true;
    };
    // A test hook, handed to the loop as an SDL event of type test_hook_event().
    enum class TestHook : Sint32 { hang_loop = 1, wedge_speech = 2 };
    struct TestHookStep {
        TestHook hook = TestHook::hang_loop;
    };
    // A note for the speech log.
    struct NoteStep {
        std::string text;
    };
    using Step = std::variant<KeyStep, TapStep, PointerStep, WaitStep, QuitStep, AudioDeviceStep, AwaitStep,
                              AwaitPathStep, TestHookStep, NoteStep, HeadsetStep>;
    using NoteSink = std::function<void(const std::string&)>;
    // How long an await step waits at most.
    static constexpr std::chrono::seconds kAwaitLimit{30};

    // Reads a script; a line it does not understand is an error naming file and line.
    static Result<InputScript> load(const std::string& path);

    // Plays every step that is due; returns false once a quit step is reached.
    bool play_due(Clock::time_point now);
    // When the next step is due (now, when it is); nothing when done.
    std::optional<Clock::time_point> next_due(Clock::time_point now) const;
    // An await step waits for a note the kiosk has not logged yet.
    bool awaiting() const { return awaited_.has_value() || awaited_path_.has_value(); }
    // The kiosk logged a note.
    void notice(const std::string& note);
    bool wants_real_clock() const { return real_clock_; }
    // The SDL event type of a test hook step; its user.code is the TestHook.
    static Uint32 test_hook_event();
    // The SDL event type of a headset step.
    static Uint32 headset_event();
    // Where note steps go: the speech log.
    void set_note_sink(NoteSink sink) { note_sink_ = std::move(sink); }

private:
    bool take_note(const std::string& text);
    void await_path(const std::string& path, Clock::time_point now);
    bool awaited_path_exists();

    static constexpr std::size_t kNotesKept = 64;

    std::vector<Step> steps_;
    std::size_t next_ = 0;
    std::optional<Clock::time_point> due_;
    std::optional<std::string> awaited_;
    std::optional<std::string> awaited_path_;
    std::unique_ptr<PackWatcher> path_watcher_;  // wakes the loop when the awaited path appears
    std::vector<std::string> notes_;             // the last few, for an await step
    NoteSink note_sink_;
    bool real_clock_ = false;
};

}  // namespace kiosk
