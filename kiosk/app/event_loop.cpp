#include "app/event_loop.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <utility>

#include <unistd.h>

#include "app/review_reminder.h"
#include "platform/alsa_headset_jack.h"
#include "platform/key_mapping.h"
#include "platform/sdl_painter.h"

namespace kiosk {
namespace {

void keep_earliest(std::optional<LoopClock::Clock::time_point>& next,
                   std::optional<LoopClock::Clock::time_point> candidate) {
    if (candidate) next = next ? std::min(*next, *candidate) : *candidate;
}

// SDL's names of the output devices, as --headset-audio-device takes them.
std::string output_device_names() {
    std::string names;
    const int count = SDL_GetNumAudioDevices(0);
    for (int i = 0; i < count; ++i) {
        const char* name = SDL_GetAudioDeviceName(i, 0);
        if (name == nullptr) continue;
        names += (names.empty() ? "'" : ", '") + std::string(name) + "'";
    }
    return names.empty() ? "none listed" : names;
}

}  // namespace

EventLoop::EventLoop(Session& session, SdlWindow& window, SpeechDriver& speech, SpeechEventQueue& speech_events,
                     SpeechLog& log, LoopClock& clock, KioskApp& app, InputScript* script)
    : session_(session),
      window_(window),
      speech_(speech),
      speech_events_(speech_events),
      log_(log),
      clock_(clock),
      app_(app),
      script_(script),
      pack_changed_event_(SDL_RegisterEvents(2)),
      pack_ready_event_(pack_changed_event_ + 1) {
    if (script_ != nullptr) script_->set_note_sink([this](const std::string& message) { note(message); });
}

void EventLoop::wake(Uint32 type) {
    SDL_Event event{};
    event.type = type;
    SDL_PushEvent(&event);
}

void EventLoop::watch_pack(PackSettings settings) {
    const std::string path = settings.path;
    updates_ = std::make_unique<PackUpdates>(std::move(settings), [this] { wake(pack_ready_event_); });
    watcher_ = std::make_unique<PackWatcher>(path, [this] { wake(pack_changed_event_); });
    if (!watcher_->is_watching()) note("cannot watch " + path + " for updates");
}

void EventLoop::watch_headset_jack() {
    jack_changed_event_ = SDL_RegisterEvents(1);
    auto jack = std::make_unique<AlsaHeadsetJack>([this] { wake(jack_changed_event_); });
    for (const std::string& finding : jack->findings()) note(finding);
    if (headset_device_.empty()) {
        for (const std::string& card : jack->cards_without_auto_mute())
            note("ALSA's Auto-Mute Mode is Disabled on " + card +
                 ": its speakers go on playing with a headset in (enable it, or name --headset-audio-device)");
    }
    if (jack->is_watching()) jack_ = std::move(jack);
}

void EventLoop::show_braille_on(const std::string& host, NoteQueue& notes) {
    braille_keys_event_ = SDL_RegisterEvents(1);
    braille_ = std::make_unique<BrailleDisplay>(
        host, [this] { wake(braille_keys_event_); },
        [&notes](const std::string& line) {
            std::fprintf(stderr, "kiosk: %s\n", line.c_str());  // for the journal, too
            notes.post(line);
        });
}

void EventLoop::note(const std::string& message) {
    log_.note(message, clock_.now());
    if (script_ != nullptr) script_->notice(message);
}

int EventLoop::run(const Reaction& opening) {
    sound_available_ = speech_.audio_available();
    if (reporting_) reporting_->set_audio(sound_available_);
    session_.machine().set_sound_available(sound_available_);
    if (!sound_available_) note("no audio device; the kiosk shows it and keeps working");
    session_.set_viewport(window_.output_size());
    carry_out(app_.begin(opening, clock_.moment()));
    if (jack_ && jack_->headset_present()) on_headset(true);  // plugged in before the kiosk started
    while (!quit_) {
        const TimePoint now = clock_.now();
        if (script_ != nullptr && !script_->play_due(now)) break;
        AppInputs inputs;
        inputs.pack_arrived = poll_pack(now);
        inputs.pack_refused = std::exchange(pack_refused_, false);
        if (staff_key_hold_.fire(now)) inputs.inputs.push_back({Command::call_staff, "call-staff key held"});
        act_on_held_keys(now);
        step(inputs);  // whatever is due now
        if (reporting_) reporting_->tick(now);
        if (quit_) break;
        if (dirty_) draw();
        if (heartbeat_) heartbeat_->loop_turned(LoopClock::Clock::now());
        wait();
    }
    on_speech_events();  // what was heard to the end, for the log
    if (reporting_) reporting_->finish();
    return EXIT_SUCCESS;
}

// The earliest of the app's deadline, a pack update's settling time and a script step.
std::optional<EventLoop::TimePoint> EventLoop::next_deadline() const {
    std::optional<TimePoint> next = app_deadline_;
    if (updates_) keep_earliest(next, updates_->next_deadline());
    if (script_ != nullptr) keep_earliest(next, script_->next_due(clock_.now()));
    keep_earliest(next, keys_.next_deadline());
    if (reporting_) keep_earliest(next, reporting_->next_deadline());
    keep_earliest(next, staff_key_hold_.deadline());
    return next;
}

// What the world outside does takes the time it takes, even on a virtual clock: speech
// being heard, a pack being written (its settling time is measured against real writes),
// a script awaiting a note.
bool EventLoop::nothing_to_wait_for() const {
    return !app_.speech_in_flight() && !(updates_ && updates_->next_deadline()) &&
           (script_ == nullptr || !script_->awaiting());
}

void EventLoop::wait() {
    SDL_Event event;
    std::optional<TimePoint> deadline = next_deadline();
    int got = SDL_PollEvent(&event);
    if (got == 0 && deadline && clock_.is_virtual() && nothing_to_wait_for()) {
        clock_.skip_to(*deadline);
        return;
    }
    // The watchdog's tick is on the real clock: no virtual clock skips over it.
    if (const auto tick = heartbeat_ ? heartbeat_->next_tick() : std::nullopt) {
        keep_earliest(deadline, clock_.virtual_time(*tick));
    }
    if (got == 0) {
        if (!deadline) {
            got = SDL_WaitEvent(&event);
        } else {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(*deadline - clock_.now()).count();
            got = SDL_WaitEventTimeout(&event, static_cast<int>(std::max<long long>(0, left) + 1));
        }
    }
    if (got == 0) return;  // something timed is due
    do {
        if (!handle(event)) quit_ = true;
    } while (!quit_ && SDL_PollEvent(&event) != 0);  // take everything already waiting
}

void EventLoop::step(const AppInputs& inputs) { carry_out(app_.step(inputs, clock_.moment())); }

void EventLoop::input(const Input& input, const char* name) {
    AppInputs inputs;
    inputs.inputs.push_back({input, name});
    step(inputs);
}

void EventLoop::carry_out(AppOutputs outputs) {
    // Speech moves before the words meant for it; the log tells of it after the app's lines.
    const std::vector<std::string> route_notes =
        outputs.audio_route ? route_audio(*outputs.audio_route) : std::vector<std::string>{};
    for (SpeechCall& call : outputs.speech) {
        if (std::holds_alternative<CancelSpeech>(call)) speech_.cancel();
        if (const auto* pause = std::get_if<PauseSpeech>(&call)) speech_.set_paused(pause->paused);
        if (auto* sequence = std::get_if<SpeechSequence>(&call)) speech_.speak(std::move(*sequence));
    }
    for (const LogEntry& entry : outputs.log) {
        log_.write(entry);
        if (entry.kind == LogEntry::Kind::note && script_ != nullptr) script_->notice(entry.text);
    }
    for (const std::string& line : route_notes) note(line);
    if (reporting_) reporting_->record(outputs.usage);
    if (outputs.staff_call) raise_staff_call(*outputs.staff_call);
    if (outputs.redraw) dirty_ = true;
    if (outputs.braille && braille_)
        braille_->show(std::move(outputs.braille->text), std::move(outputs.braille->locale));
    if (outputs.pack_shown) after_pack_shown();
    if (outputs.quit) quit_ = true;
    app_deadline_ = outputs.deadline;
}

// The pack now shown becomes the last good one, kept for the next start.
void EventLoop::after_pack_shown() {
    PreparedPack& shown = session_.prepared();
    const Manifest manifest = shown.pack.manifest;
    if (updates_) {
        if (Status kept = updates_->remember(shown); !kept)
            note("cannot keep the last good pack: " + kept.error().to_string());
    }
    note("pack updated to version " + manifest.version);
    if (reporting_) reporting_->pack_shown(manifest);
    session_.machine().pack_shown(manifest.version);
    remind_staff_of_review_date(manifest, log_);
}

// A checked pack goes to the session, which holds it until the app finds the kiosk idle.
bool EventLoop::poll_pack(TimePoint now) {
    if (!updates_) return false;
    PackUpdates::Outcome outcome = updates_->poll(now);
    if (outcome.refused) {
        note("pack update refused, keeping the current pack: " + *outcome.refused);
        session_.machine().pack_refused(*outcome.refused);
        std::fprintf(stderr, "kiosk: pack update refused, keeping the current pack: %s\n", outcome.refused->c_str());
        pack_refused_ = true;
        if (reporting_) reporting_->pack_refused();
    }
    if (!outcome.ready) return false;
    session_.hold(std::move(*outcome.ready));
    return true;
}

void EventLoop::on_speech_events() {
    AppInputs inputs;
    for (SpeechEvent event : speech_events_.take()) {
        event.at = clock_.virtual_time(event.at);  // stamped on the steady clock by the driver
        inputs.speech_events.push_back(event);
    }
    if (!inputs.speech_events.empty()) step(inputs);
}

bool EventLoop::handle(const SDL_Event& event) {
    if (event.type == speech_events_.wake_event()) {
        on_speech_events();
        return true;
    }
    if (event.type == pack_changed_event_) {
        if (updates_) updates_->notice_change(clock_.now());
        return true;
    }
    if (event.type == pack_ready_event_) return true;  // poll_pack() collects it
    if (notes_ != nullptr && event.type == notes_->wake_event()) {
        for (const std::string& line : notes_->take()) note(line);
        return true;
    }
    if (alert_ != nullptr && event.type == alert_->wake_event()) {
        on_staff_alert_answer();
        return true;
    }
    if (jack_ && event.type == jack_changed_event_) {
        on_headset(jack_->headset_present());
        return true;
    }
    if (braille_ && event.type == braille_keys_event_) {
        on_braille_keys();
        return true;
    }
    if (event.type == InputScript::headset_event()) {
        on_headset(event.user.code != 0);
        return true;
    }
    if (event.type == InputScript::test_hook_event()) {
        on_test_hook(event.user.code);
        return true;
    }
    switch (event.type) {
        case SDL_QUIT:  // only a termination signal: closing the window is ignored
            note("terminated");
            return false;
        case SDL_KEYDOWN:
        case SDL_KEYUP:
            on_key(event.key);
            break;
        case SDL_MOUSEBUTTONDOWN:
        case SDL_MOUSEBUTTONUP:
            on_mouse_button(event.button);
            break;
        case SDL_MOUSEMOTION:
            // A mouse only hovering is nobody touching the screen.
            if (pressed_) input(Pointer{PointerPhase::move, event.motion.x, event.motion.y}, "");
            break;
        case SDL_AUDIODEVICEADDED:
        case SDL_AUDIODEVICEREMOVED:
            if (event.adevice.iscapture == 0) on_audio_device(event.adevice);
            break;
        case SDL_WINDOWEVENT:
            on_window_event(event.window);
            break;
        case SDL_RENDER_TARGETS_RESET:
        case SDL_RENDER_DEVICE_RESET:
            dirty_ = true;
            break;
        default:
            break;
    }
    return !quit_;
}

// A window manager (which the supported session does not have) may hide, lower or
// unfocus the kiosk, or give the focus to a window that just opened: the kiosk takes the
// screen back at once.
void EventLoop::on_window_event(const SDL_WindowEvent& window) {
    switch (window.event) {
        case SDL_WINDOWEVENT_SIZE_CHANGED:
            session_.set_viewport(window_.output_size());
            dirty_ = true;
            break;
        case SDL_WINDOWEVENT_EXPOSED:
        case SDL_WINDOWEVENT_RESTORED:
            dirty_ = true;
            break;
        case SDL_WINDOWEVENT_FOCUS_LOST:
        case SDL_WINDOWEVENT_HIDDEN:
        case SDL_WINDOWEVENT_MINIMIZED:
            // Not logged: SDL reports the window hidden while it becomes fullscreen, too.
            if (window_.take_back_screen()) dirty_ = true;
            break;
        default:
            break;
    }
}

void EventLoop::on_key(const SDL_KeyboardEvent& key) {
    if (key.keysym.scancode == staff_ack_key_) {  // staff's own key: never a resident's command
        if (key.type == SDL_KEYDOWN && key.repeat == 0) {
            AppInputs inputs;
            inputs.staff_acknowledged = true;
            step(inputs);
        }
        return;
    }
    // The call-staff key counts while it is held (not in a staff code, where 0 is a digit).
    if (key.keysym.scancode == staff_key_) {
        if (key.type == SDL_KEYUP) {
            staff_key_hold_.release();
        } else if (key.repeat == 0 && !session_.kiosk().entering_staff_code()) {
            staff_key_hold_.press(clock_.now());
            staff_key_acted_ = false;
        }
    }
    const auto acting = keys_.on_event(key, clock_.now(), session_.kiosk().preferences().key_timing);
    if (acting) act_on_key(*acting);
}

// Keys still held whose time has come: slow keys accepted, repeats. The call-staff key
// acts once per press however long it is held: holding it calls staff, and its short-press
// command (keypad 0: Back) must not repeat meanwhile.
void EventLoop::act_on_held_keys(TimePoint now) {
    for (const SDL_Keysym& key : keys_.due(now, session_.kiosk().preferences().key_timing)) {
        if (key.scancode == staff_key_ && staff_key_acted_) continue;
        act_on_key(key);
    }
}

void EventLoop::act_on_key(const SDL_Keysym& key) {
    if (key.scancode == staff_key_) staff_key_acted_ = true;
    if (session_.kiosk().entering_staff_code()) {
        // Logged without the digit: the speech log must not hold the code.
        if (const auto digit = digit_for_key(key)) return input(Digit{*digit}, "digit");
    }
    const auto command = command_for_key(key);
    if (!command) return;
    input(*command, SDL_GetKeyName(key.sym));
}

// A call for staff is counted in the metrics and, with a webhook, POSTed from its thread.
void EventLoop::raise_staff_call(const StaffCallRequest& request) {
    if (reporting_) reporting_->staff_called();
    if (alert_ == nullptr) return;
    alert_->send(staff_alert_json(kiosk_id_, request.screen, request.language, std::chrono::system_clock::now()));
}

void EventLoop::on_staff_alert_answer() {
    const std::optional<StaffAlert::Answer> answer = alert_->take();
    if (!answer) return;
    note("staff alert: " + answer->detail);
    AppInputs inputs;
    inputs.staff_call_answered = answer->delivered;
    step(inputs);
}

// Touches arrive as mouse events too (SDL's default), so one path serves both.
void EventLoop::on_mouse_button(const SDL_MouseButtonEvent& button) {
    if (button.button != SDL_BUTTON_LEFT) return;
    const bool down = button.state == SDL_PRESSED;
    if (!down && !pressed_) return;
    pressed_ = down;
    input(Pointer{down ? PointerPhase::down : PointerPhase::up, button.x, button.y}, down ? "press" : "release");
}

// A sound device came or went. The default device may now be another one, or none:
// speech lets go of its device and opens the default afresh. The screen shows a notice
// while there is no sound; everything else carries on.
void EventLoop::on_audio_device(const SDL_AudioDeviceEvent& device) {
    const bool removed = device.type == SDL_AUDIODEVICEREMOVED;
    if (!removed && sound_available_) return;  // a second device: the current one is fine
    const Status reopened = speech_.reopen_audio();
    const bool available = reopened.has_value();
    AppInputs inputs;
    inputs.speech_dropped = true;
    step(inputs);
    note(std::string(removed ? "audio device removed" : "audio device added") +
         (available ? "; sound is back" : "; no sound: " + reopened.error().to_string()));
    sound_now(available);
}

void EventLoop::sound_now(bool available) {
    if (available != sound_available_) dirty_ = true;
    sound_available_ = available;
    if (reporting_) reporting_->set_audio(available);
    session_.machine().set_sound_available(available);
}

// The app decides; the jack (or a script standing in for it) only reports.
void EventLoop::on_headset(bool present) {
    AppInputs inputs;
    inputs.headset = present;
    step(inputs);
}

// The braille display's keys act like the keypad's: one step each, logged by their source.
void EventLoop::on_braille_keys() {
    for (const Command command : braille_->take_commands()) {
        input(command, "braille display");
        if (quit_) return;
    }
}

// Speech moves between the default device and the headset's own. A headset device that
// does not open leaves speech on the default one rather than silent.
std::vector<std::string> EventLoop::route_audio(AudioRoute route) {
    if (headset_device_.empty()) return {};  // the sound card's auto-mute does it
    const bool to_headset = route == AudioRoute::headset;
    std::vector<std::string> notes;
    speech_.use_audio_device(to_headset ? headset_device_ : std::string());
    Status reopened = speech_.reopen_audio();
    if (reopened) {
        notes.push_back(to_headset ? "speech on the headset audio device '" + headset_device_ + "'"
                                   : std::string("speech on the default audio device"));
    } else if (to_headset) {
        notes.push_back(
            "cannot open the headset audio device '" + headset_device_ + "': " + reopened.error().to_string() +
            "; speech stays on the default audio device (SDL's output devices: " + output_device_names() + ")");
        speech_.use_audio_device({});
        reopened = speech_.reopen_audio();
    }
    if (!reopened) notes.push_back("no sound: " + reopened.error().to_string());
    sound_now(reopened.has_value());
    return notes;
}

void EventLoop::draw() {
    session_.kiosk().set_sound_available(sound_available_);  // also after a language or pack change
    const DisplayList list = session_.kiosk().frame(window_.output_size());
    SDL_Renderer* renderer = window_.renderer();
    SDL_SetRenderDrawColor(renderer, 0, 0, 0, 255);
    SDL_RenderClear(renderer);
    draw_display_list(renderer, session_.text(), list);
    SDL_RenderPresent(renderer);
    dirty_ = false;
    log_.frame(clock_.now());
    if (heartbeat_ && !heartbeat_->ready()) {
        const Manifest& shown = session_.prepared().pack.manifest;
        heartbeat_->first_frame("showing " + shown.id + " version " + shown.version, LoopClock::Clock::now());
    }
}

// Test hooks of input scripts, for the watchdog's tests: a loop that hangs, or a speech
// worker that will, must stop the pings.
void EventLoop::on_test_hook(Sint32 hook) {
    if (hook == static_cast<Sint32>(InputScript::TestHook::wedge_speech)) {
        note(speech_.wedge_next_synthesis() ? "test hook: the next synthesis blocks for good"
                                            : "test hook: no speech worker to wedge");
        return;
    }
    note("test hook: the main loop blocks for good");
    for (;;) ::pause();  // only a signal's default action (SIGKILL, the watchdog's SIGABRT) ends it
}

}  // namespace kiosk
