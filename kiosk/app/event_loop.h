#pragma once

#include <SDL.h>

#include <chrono>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <optional>

#include "app/input_script.h"
#include "app/pack_updates.h"
#include "app/session.h"
#include "app/speech_log.h"
#include "core/access/staff_code.h"
#include "core/speech/speech_driver.h"
#include "platform/pack_watcher.h"
#include "platform/sdl_window.h"

namespace kiosk {

// When the kiosk decides nobody is there, and how it invites the next person.
struct IdlePolicy {
    std::chrono::seconds timeout{120};  // untouched this long: the warning (0: never)
    std::chrono::seconds warning{20};   // the warning's countdown, then the reset
    std::chrono::seconds attract_after{60};  // a fresh home screen left alone becomes the attract screen
    std::chrono::seconds invite_every{180};  // spoken invitation while nobody uses the kiosk (0: never)
    int quiet_from_hour = 20;           // no invitations from this local hour ...
    int quiet_to_hour = 8;              // ... until this one

    bool is_quiet_hour(int hour) const;
};

// The main loop. It sleeps in SDL_WaitEvent until something happens (a key, a touch, a
// speech event, a window change, a pack update, a script step), hands input to the Kiosk,
// passes the speech it asks for to the speech driver, and redraws only when the Kiosk says the
// screen changed. Nothing here polls.
class EventLoop {
public:
    using Clock = SpeechLog::Clock;

    // `voiced` is false when `speech` is the silent driver (`--speech off`): then nothing
    // is logged as said.
    EventLoop(Session& session, SdlWindow& window, SpeechDriver& speech, bool voiced, SpeechLog& log,
              InputScript* script);

    // Watches the pack for updates, shown once nobody has touched the kiosk for `idle`.
    void watch_pack(PackSettings settings, std::chrono::seconds idle);
    // Reads the watched pack again soon, as after a change (start-up showed another pack).
    void retry_pack() {
        if (updates_) updates_->notice_change(Clock::now());
    }
    void set_idle_policy(const IdlePolicy& policy) { idle_ = policy; }
    // The code that ends the kiosk from its keypad; without one only a termination
    // signal (or a script's quit) ends it.
    void set_staff_code(std::optional<StaffCodeChecker> checker) { staff_code_ = std::move(checker); }

    // Runs until the staff code is entered, a quit in the script, or a termination signal.
    int run(const Reaction& opening);

    // Called on the speech driver's threads: queues the event and wakes the loop.
    void post_speech_event(const SpeechEvent& event);

private:
    bool handle(const SDL_Event& event);
    void on_window_event(const SDL_WindowEvent& window);
    void on_key(const SDL_KeyboardEvent& key);
    void on_mouse_button(const SDL_MouseButtonEvent& button);
    void on_mouse_motion(const SDL_MouseMotionEvent& motion);
    void on_input(const Input& input, const char* name);
    Reaction check_staff_code(const std::string& code);
    void check_idle(Clock::time_point now);
    std::optional<Clock::time_point> next_idle_deadline(Clock::time_point now) const;
    void on_audio_device(const SDL_AudioDeviceEvent& device);
    void apply(const Reaction& reaction);
    void drain_speech_events();
    void read_on_if_low();
    void update_pack(Clock::time_point now);
    void say(const Reaction& reaction);
    void cancel_speech(Clock::time_point now);
    void draw();
    int wait_timeout_ms(Clock::time_point now) const;
    void wake(Uint32 type);

    Session& session_;
    SdlWindow& window_;
    SpeechDriver& speech_;
    bool voiced_;
    SpeechLog& log_;
    InputScript* script_;
    Uint32 speech_event_;
    Uint32 pack_changed_event_;
    Uint32 pack_ready_event_;
    bool dirty_ = true;
    bool sound_available_ = true;
    bool pressed_ = false;  // the mouse button or a finger is down
    bool staff_exit_ = false;  // the right staff code was entered
    std::optional<StaffCodeChecker> staff_code_;
    Clock::time_point last_input_ = Clock::now();
    IdlePolicy idle_;
    Clock::time_point last_invitation_ = Clock::now();

    std::unique_ptr<PackUpdates> updates_;
    std::unique_ptr<PackWatcher> watcher_;
    std::chrono::seconds update_idle_{30};
    std::optional<PreparedPack> waiting_pack_;  // checked and ready, shown when the kiosk is idle

    std::mutex events_mutex_;
    std::deque<SpeechEvent> speech_events_;
    std::map<std::uint64_t, Utterance> in_flight_;  // spoken or queued; bounded by cancel/done
    std::uint64_t heard_ = 0;                       // the utterance whose audio is playing
    std::uint64_t next_utterance_ = 1;
    bool speech_paused_ = false;
};

}  // namespace kiosk
