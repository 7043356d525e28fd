#pragma once

#include <chrono>
#include <optional>

#include "core/access/staff_code.h"
#include "flow/app_io.h"
#include "flow/headset_listening.h"
#include "flow/idle_policy.h"
#include "flow/kiosk_host.h"
#include "flow/speech_tracker.h"
#include "flow/staff_call.h"
#include "flow/usage_watch.h"

namespace kiosk {

// The kiosk over time, with no clock of its own: the host calls step() with what happened
// and the time, and carries out what comes back (speech to the driver, lines to the log,
// a redraw), then sleeps until the deadline it was given or the next input. Like Dear
// ImGui taking its frame time from the host, this makes every timed behaviour testable
// with a made-up clock:
//   - the idle warning and its countdown, the reset, the attract screen, the spoken
//     invitations and the quiet hours without them;
//   - when a pack update that waits may be shown (nobody has touched the kiosk a while);
//   - say-all, handed to the driver a few utterances at a time;
//   - the staff code's growing wait, and the maintenance screen it opens;
//   - a call for staff, sent at most once per rate limit, and its answer (or staff's
//     acknowledgement with their key) spoken;
//   - a headset plugged in or out, and privacy mode that may require one;
//   - what the braille display shows, following speech.
class KioskApp {
public:
    struct Settings {
        IdlePolicy idle;
        std::chrono::seconds update_idle{30};        // untouched this long before a waiting pack is shown
        std::optional<StaffCodeChecker> staff_code;  // none: no keypad way out
        std::chrono::seconds staff_call_limit{60};   // a second call for staff within this is not sent again
        bool privacy_needs_headset = false;          // privacy mode only with a headset in the jack
    };

    KioskApp(KioskHost& host, Settings settings, Moment start);

    // The first thing the kiosk shows and says.
    AppOutputs begin(const Reaction& opening, Moment now);
    AppOutputs step(const AppInputs& inputs, Moment now);
    // Something handed to the speech driver is not yet done: its events are still to come.
    bool speech_in_flight() const { return speech_.in_flight() > 0; }

private:
    void on_input(const NamedInput& input, Moment now, AppOutputs& out);
    Reaction check_staff_code(const std::string& code, Moment now, AppOutputs& out);
    void call_staff(Moment now, AppOutputs& out);
    void on_staff_call_answer(bool ok, Moment now, AppOutputs& out);
    void on_staff_acknowledgement(Moment now, AppOutputs& out);
    void on_headset(bool headset, Moment now, AppOutputs& out);
    void on_speech_event(const SpeechEvent& event, AppOutputs& out);
    void check_idle(Moment now, AppOutputs& out);
    void show_waiting_pack(Moment now, AppOutputs& out);
    void apply(const Reaction& reaction, Moment now, AppOutputs& out);
    void show_in_braille(const std::string& text, AppOutputs& out);
    void speak(const std::vector<SpeechRequest>& requests, std::optional<Earcon> earcon, Moment now, AppOutputs& out);
    void cancel_speech(Moment now, AppOutputs& out, bool log_cut);
    std::optional<Moment::Clock::time_point> next_deadline(Moment now) const;
    std::optional<Moment::Clock::time_point> next_idle_deadline(Moment now) const;
    static void note(AppOutputs& out, const std::string& text, Moment now);

    KioskHost& host_;
    Settings settings_;
    SpeechTracker speech_;
    UsageWatch usage_;
    StaffCall staff_call_;
    HeadsetListening headset_;
    bool paused_ = false;
    bool pack_waiting_ = false;
    bool quitting_ = false;
    Moment::Clock::time_point last_input_;
    Moment::Clock::time_point last_invitation_;
    Moment::Clock::time_point started_;  // for the uptime the maintenance screen shows
};

}  // namespace kiosk
