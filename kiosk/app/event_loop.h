#pragma once

#include <SDL.h>

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/input_script.h"
#include "app/loop_clock.h"
#include "app/note_queue.h"
#include "app/pack_updates.h"
#include "app/service_heartbeat.h"
#include "app/session.h"
#include "app/speech_event_queue.h"
#include "app/speech_log.h"
#include "app/staff_alert.h"
#include "app/timed_keys.h"
#include "app/usage_reporting.h"
#include "core/speech/speech_driver.h"
#include "flow/key_hold.h"
#include "flow/kiosk_app.h"
#include "platform/braille_display.h"
#include "platform/headset_jack.h"
#include "platform/pack_watcher.h"
#include "platform/sdl_window.h"

namespace kiosk {

// The shell around the KioskApp. It sleeps in SDL_WaitEvent until something happens (a
// key, a touch, a speech event, a window change, a pack update, a script step) or the
// app's next deadline comes, turns what happened into the app's inputs, and carries the
// outputs out: speech to the driver, lines to the speech log, frames to the window.
// Nothing here decides anything by time, and nothing polls. On a virtual clock (input
// scripts) it skips over a wait in which nothing can happen instead of sleeping.
class EventLoop {
public:
    EventLoop(Session& session, SdlWindow& window, SpeechDriver& speech, SpeechEventQueue& speech_events,
              SpeechLog& log, LoopClock& clock, KioskApp& app, InputScript* script);

    // Watches the pack for updates; the app decides when one is shown.
    void watch_pack(PackSettings settings);
    // Reads the watched pack again soon, as after a change (start-up showed another pack).
    void retry_pack() {
        if (updates_) updates_->notice_change(clock_.now());
    }

    // Tells systemd the kiosk is ready and, while the loop turns, alive.
    void report_to(ServiceHeartbeat& heartbeat) { heartbeat_ = &heartbeat; }
    // Stores the app's usage events and keeps the metrics file.
    void report_usage(UsageReporting& reporting) { reporting_ = &reporting; }
    // Writes the lines a worker thread (the pack update client) queues into the log.
    void take_notes_from(NoteQueue& notes) { notes_ = &notes; }
    // Sends each call for staff to the webhook, naming this kiosk; the answer is spoken.
    void alert_staff_through(StaffAlert& alert, std::string kiosk_id) {
        alert_ = &alert;
        kiosk_id_ = std::move(kiosk_id);
    }
    // Holding `key` for `hold` calls staff (a short press keeps its own meaning).
    void call_staff_by_holding(SDL_Scancode key, std::chrono::milliseconds hold) {
        staff_key_ = key;
        staff_key_hold_ = KeyHold(hold);
    }

    // Staff pressing `key` acknowledge a call for staff; the key does nothing else.
    void acknowledge_staff_calls_by(SDL_Scancode key) { staff_ack_key_ = key; }

    // Speech moves to `device`, an SDL output device, while the headset jack reports a
    // headset, and back to the default device when it is unplugged. Without a device it
    // stays on the default one, and the sound card's auto-mute silences the speakers.
    void route_headset_to(std::string device) { headset_device_ = std::move(device); }
    // Follows ALSA's headset jack controls. Without them (a script) only a script's
    // headset-in and headset-out steps report the jack.
    void watch_headset_jack();
    // Shows what is spoken on a braille display, through BRLTTY at `host`; its keys work
    // the kiosk. Its thread's lines go to `notes`, which outlives the loop.
    void show_braille_on(const std::string& host, NoteQueue& notes);

    // Runs until staff exit from the maintenance screen, a quit in the script, or a termination signal.
    int run(const Reaction& opening);

private:
    using TimePoint = LoopClock::Clock::time_point;

    bool handle(const SDL_Event& event);
    void on_window_event(const SDL_WindowEvent& window);
    void on_key(const SDL_KeyboardEvent& key);
    void on_staff_alert_answer();
    void raise_staff_call(const StaffCallRequest& request);
    void act_on_key(const SDL_Keysym& key);
    void act_on_held_keys(TimePoint now);
    void on_mouse_button(const SDL_MouseButtonEvent& button);
    void on_audio_device(const SDL_AudioDeviceEvent& device);
    void on_headset(bool present);
    void on_braille_keys();
    std::vector<std::string> route_audio(AudioRoute route);  // the lines for the log
    void sound_now(bool available);
    void on_speech_events();
    void step(const AppInputs& inputs);
    void input(const Input& input, const char* name);
    void carry_out(AppOutputs outputs);
    void after_pack_shown();
    bool poll_pack(TimePoint now);
    void wait();
    std::optional<TimePoint> next_deadline() const;
    bool nothing_to_wait_for() const;
    void note(const std::string& message);
    void draw();
    void wake(Uint32 type);
    void on_test_hook(Sint32 hook);

    Session& session_;
    SdlWindow& window_;
    SpeechDriver& speech_;
    SpeechEventQueue& speech_events_;
    SpeechLog& log_;
    LoopClock& clock_;
    KioskApp& app_;
    InputScript* script_;
    ServiceHeartbeat* heartbeat_ = nullptr;
    Uint32 pack_changed_event_;
    Uint32 pack_ready_event_;
    bool dirty_ = true;
    bool sound_available_ = true;
    bool pressed_ = false;  // the mouse button or a finger is down
    bool quit_ = false;     // staff exited the kiosk, or a termination signal came
    std::optional<TimePoint> app_deadline_;
    UsageReporting* reporting_ = nullptr;
    NoteQueue* notes_ = nullptr;
    StaffAlert* alert_ = nullptr;
    std::string kiosk_id_;
    SDL_Scancode staff_key_ = SDL_SCANCODE_UNKNOWN;
    KeyHold staff_key_hold_{std::chrono::milliseconds(0)};
    SDL_Scancode staff_ack_key_ = SDL_SCANCODE_UNKNOWN;
    bool staff_key_acted_ = false;  // the call-staff key's command has acted since it went down
    TimedKeys keys_;                // which key presses act, by the resident's key timing
    bool pack_refused_ = false;     // since the last step

    std::unique_ptr<PackUpdates> updates_;
    std::unique_ptr<PackWatcher> watcher_;
    std::unique_ptr<HeadsetJack> jack_;
    Uint32 jack_changed_event_ = 0;
    std::string headset_device_;  // the SDL device speech moves to with a headset in; empty: none
    std::unique_ptr<BrailleDisplay> braille_;
    Uint32 braille_keys_event_ = 0;
};

}  // namespace kiosk
