#include "app/event_loop.h"

#include <algorithm>
#include <cstdlib>
#include <ctime>

#include "app/review_reminder.h"
#include "platform/key_mapping.h"
#include "platform/sdl_painter.h"

namespace kiosk {
namespace {

// Utterances kept for logging; older ones are long finished or cut off.
constexpr std::size_t kMaxInFlight = 64;
// Say-all is asked for more when no more than this many of its utterances are left to hear.
constexpr std::size_t kReadingLowWater = 2;

int ms_until(EventLoop::Clock::time_point now, EventLoop::Clock::time_point when) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(when - now).count();
    return static_cast<int>(std::max<long long>(0, left) + 1);
}

int local_hour() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return local.tm_hour;
}

}  // namespace

bool IdlePolicy::is_quiet_hour(int hour) const {
    if (quiet_from_hour == quiet_to_hour) return false;
    if (quiet_from_hour < quiet_to_hour) return hour >= quiet_from_hour && hour < quiet_to_hour;
    return hour >= quiet_from_hour || hour < quiet_to_hour;  // across midnight
}

EventLoop::EventLoop(Session& session, SdlWindow& window, SpeechDriver& speech, bool voiced, SpeechLog& log,
                     InputScript* script)
    : session_(session),
      window_(window),
      speech_(speech),
      voiced_(voiced),
      log_(log),
      script_(script),
      speech_event_(SDL_RegisterEvents(3)),
      pack_changed_event_(speech_event_ + 1),
      pack_ready_event_(speech_event_ + 2) {}

void EventLoop::wake(Uint32 type) {
    SDL_Event event{};
    event.type = type;
    SDL_PushEvent(&event);
}

void EventLoop::watch_pack(PackSettings settings, std::chrono::seconds idle) {
    update_idle_ = idle;
    const std::string path = settings.path;
    updates_ = std::make_unique<PackUpdates>(std::move(settings), [this] { wake(pack_ready_event_); });
    watcher_ = std::make_unique<PackWatcher>(path, [this] { wake(pack_changed_event_); });
    if (!watcher_->is_watching()) log_.note("cannot watch " + path + " for updates", Clock::now());
}

void EventLoop::post_speech_event(const SpeechEvent& event) {
    {
        std::lock_guard lock(events_mutex_);
        speech_events_.push_back(event);
    }
    wake(speech_event_);
}

// The loop sleeps until the earliest thing it waits for: a script step, the end of a
// pack update's settling time, or the idle moment to show a waiting pack.
int EventLoop::wait_timeout_ms(Clock::time_point now) const {
    std::optional<int> timeout;
    auto consider = [&](int ms) { timeout = timeout ? std::min(*timeout, ms) : ms; };
    if (script_ != nullptr) {
        if (auto ms = script_->ms_until_next(now)) consider(*ms);
    }
    if (updates_ && updates_->next_deadline()) consider(ms_until(now, *updates_->next_deadline()));
    if (waiting_pack_) consider(ms_until(now, last_input_ + update_idle_));
    if (auto deadline = next_idle_deadline(now)) consider(ms_until(now, *deadline));
    return timeout.value_or(-1);
}

// The next moment the idle logic has something to do: the warning, a tick of its
// countdown, the reset, or an invitation on the attract screen.
std::optional<EventLoop::Clock::time_point> EventLoop::next_idle_deadline(Clock::time_point now) const {
    Kiosk& kiosk = session_.kiosk();
    if (kiosk.at_rest()) {
        std::optional<Clock::time_point> next;
        if (idle_.invite_every.count() != 0) next = last_invitation_ + idle_.invite_every;
        if (!kiosk.showing_attract()) {
            const auto attract_at = last_input_ + idle_.attract_after;
            next = next ? std::min(*next, attract_at) : attract_at;
        }
        return next;
    }
    if (idle_.timeout.count() == 0) return std::nullopt;
    const auto warn_at = last_input_ + idle_.timeout;
    if (now < warn_at) return warn_at;
    const auto elapsed = std::chrono::duration_cast<std::chrono::seconds>(now - warn_at) + std::chrono::seconds(1);
    return warn_at + elapsed;  // the next whole second of the countdown
}

// Nobody has touched the kiosk: first a warning that counts down, which any input takes
// away; then everything goes back to the start, the home screen, which after a while
// gives way to the attract screen. While nobody uses it the kiosk invites the next
// person now and then, but not at night.
void EventLoop::check_idle(Clock::time_point now) {
    Kiosk& kiosk = session_.kiosk();
    if (kiosk.at_rest()) {
        if (!kiosk.showing_attract() && now - last_input_ >= idle_.attract_after) apply(kiosk.show_attract());
        if (idle_.invite_every.count() == 0 || now - last_invitation_ < idle_.invite_every) return;
        last_invitation_ = now;
        if (!idle_.is_quiet_hour(local_hour())) apply(kiosk.invite());
        return;
    }
    if (idle_.timeout.count() == 0 || now - last_input_ < idle_.timeout) return;
    const auto left = idle_.timeout + idle_.warning - (now - last_input_);
    if (left <= Clock::duration::zero()) {
        speech_.cancel();
        in_flight_.clear();
        log_.note("idle reset", now);
        last_invitation_ = now;
        last_input_ = now;  // the attract screen follows a while after the reset
        apply(session_.reset());
        return;
    }
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(left + std::chrono::milliseconds(999));
    if (kiosk.idle_warning() != static_cast<int>(seconds.count())) {
        apply(kiosk.warn_idle(static_cast<int>(seconds.count())));
    }
}

int EventLoop::run(const Reaction& opening) {
    sound_available_ = speech_.audio_available();
    if (!sound_available_) log_.note("no audio device; the kiosk shows it and keeps working", Clock::now());
    apply(opening);
    for (;;) {
        const auto now = Clock::now();
        if (script_ != nullptr && !script_->play_due(now)) {
            drain_speech_events();
            return EXIT_SUCCESS;
        }
        update_pack(now);
        check_idle(now);
        if (dirty_) draw();
        SDL_Event event;
        const int timeout = wait_timeout_ms(Clock::now());
        const int got = timeout < 0 ? SDL_WaitEvent(&event) : SDL_WaitEventTimeout(&event, timeout);
        if (got == 0) continue;  // something timed is due
        do {
            if (!handle(event)) {
                drain_speech_events();
                return EXIT_SUCCESS;
            }
        } while (SDL_PollEvent(&event) != 0);  // take everything already waiting
    }
}

// A checked pack waits until nobody has touched the kiosk for a while, so no resident
// sees the text change under them; then it replaces the old one whole.
void EventLoop::update_pack(Clock::time_point now) {
    if (!updates_) return;
    PackUpdates::Outcome outcome = updates_->poll(now);
    if (outcome.refused) {
        log_.note("pack update refused, keeping the current pack: " + *outcome.refused, now);
        std::fprintf(stderr, "kiosk: pack update refused, keeping the current pack: %s\n", outcome.refused->c_str());
    }
    if (outcome.ready) waiting_pack_ = std::move(outcome.ready);
    if (waiting_pack_ && now - last_input_ >= update_idle_) {
        const Manifest manifest = waiting_pack_->pack.manifest;
        if (auto error = updates_->remember(*waiting_pack_)) log_.note("cannot keep the last good pack: " + *error, now);
        speech_.cancel();
        in_flight_.clear();
        session_.show(std::move(*waiting_pack_), session_.locale());  // nobody is there to hear it
        waiting_pack_.reset();
        dirty_ = true;
        log_.note("pack updated to version " + manifest.version, now);
        remind_staff_of_review_date(manifest, log_);
    }
}

bool EventLoop::handle(const SDL_Event& event) {
    if (event.type == speech_event_) {
        drain_speech_events();
        read_on_if_low();
        return true;
    }
    if (event.type == pack_changed_event_) {
        if (updates_) updates_->notice_change(Clock::now());
        return true;
    }
    if (event.type == pack_ready_event_) return true;  // update_pack() collects it
    switch (event.type) {
        case SDL_QUIT:  // only a termination signal: closing the window is ignored
            log_.note("terminated", Clock::now());
            return false;
        case SDL_KEYDOWN:
            on_key(event.key);
            if (staff_exit_) return false;
            break;
        case SDL_MOUSEBUTTONDOWN:
        case SDL_MOUSEBUTTONUP:
            on_mouse_button(event.button);
            break;
        case SDL_MOUSEMOTION:
            on_mouse_motion(event.motion);
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
    return true;
}

// A window manager (which the supported session does not have) may hide, lower or
// unfocus the kiosk, or give the focus to a window that just opened: the kiosk takes the
// screen back at once.
void EventLoop::on_window_event(const SDL_WindowEvent& window) {
    switch (window.event) {
        case SDL_WINDOWEVENT_EXPOSED:
        case SDL_WINDOWEVENT_SIZE_CHANGED:
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
    if (session_.kiosk().entering_staff_code()) {
        // Logged without the digit: the speech log must not hold the code.
        if (const auto digit = digit_for_key(key.keysym)) return on_input(Digit{*digit}, "digit");
    }
    const auto command = command_for_key(key.keysym);
    if (!command) return;
    on_input(*command, SDL_GetKeyName(key.keysym.sym));
}

// Touches arrive as mouse events too (SDL's default), so one path serves both.
void EventLoop::on_mouse_button(const SDL_MouseButtonEvent& button) {
    if (button.button != SDL_BUTTON_LEFT) return;
    const bool down = button.state == SDL_PRESSED;
    if (!down && !pressed_) return;
    pressed_ = down;
    on_input(Pointer{down ? PointerPhase::down : PointerPhase::up, button.x, button.y}, down ? "press" : "release");
}

void EventLoop::on_mouse_motion(const SDL_MouseMotionEvent& motion) {
    if (!pressed_) return;  // a mouse only hovering is nobody touching the screen
    last_input_ = Clock::now();
    apply(session_.kiosk().handle(Pointer{PointerPhase::move, motion.x, motion.y}));
}

void EventLoop::on_input(const Input& input, const char* name) {
    last_input_ = Clock::now();
    log_.key(name, last_input_);
    Kiosk& kiosk = session_.kiosk();
    kiosk.set_staff_prompt(staff_code_.has_value());
    const Reaction reaction = kiosk.handle(input);
    apply(reaction.staff_code ? check_staff_code(*reaction.staff_code) : reaction);
}

// The code is checked here, where the clock is: the checker makes each wrong code wait
// longer before the next one is tried.
Reaction EventLoop::check_staff_code(const std::string& code) {
    const auto now = Clock::now();
    const StaffCodeChecker::Verdict verdict = staff_code_->check(code, StaffCodeChecker::Clock::now());
    if (verdict.outcome == StaffCodeChecker::Outcome::accepted) {
        log_.note("staff exit", now);
        staff_exit_ = true;
        return {};
    }
    const bool wrong = verdict.outcome == StaffCodeChecker::Outcome::wrong;
    log_.note(std::string(wrong ? "wrong staff code" : "staff code too soon") + "; next try in " +
                  std::to_string(verdict.wait.count()) + " s",
              now);
    return session_.kiosk().refuse_staff_code(verdict.wait, wrong);
}

// A sound device came or went. The default device may now be another one, or none:
// speech lets go of its device and opens the default afresh. The screen shows a notice
// while there is no sound; everything else carries on.
void EventLoop::on_audio_device(const SDL_AudioDeviceEvent& device) {
    if (!voiced_) return;  // a silent kiosk has no device to lose
    const bool removed = device.type == SDL_AUDIODEVICEREMOVED;
    if (!removed && sound_available_) return;  // a second device: the current one is fine
    std::string error;
    const bool available = speech_.reopen_audio(error);
    in_flight_.clear();
    log_.note(std::string(removed ? "audio device removed" : "audio device added") +
                  (available ? "; sound is back" : "; no sound: " + error),
              Clock::now());
    if (available != sound_available_) dirty_ = true;
    sound_available_ = available;
}

void EventLoop::apply(const Reaction& reaction) {
    if (reaction.redraw) dirty_ = true;
    if (reaction.switch_locale) {
        log_.note("language " + *reaction.switch_locale, Clock::now());
        apply(session_.switch_locale(*reaction.switch_locale));
        return;
    }
    say(reaction);
}

// The reaction's earcon and words go to the driver as one sequence, the earcon first.
// The loop numbers the utterances, and logs what it asks to be said.
void EventLoop::say(const Reaction& reaction) {
    if (reaction.toggle_pause) speech_.set_paused(speech_paused_ = !speech_paused_);
    const auto now = Clock::now();
    SpeechSequence sequence;
    if (reaction.earcon) sequence.push_back(EarconCommand{*reaction.earcon});
    if (reaction.earcon && voiced_) log_.earcon(*reaction.earcon, now);
    for (const auto& request : reaction.speech) {
        if (request.interrupt == Interrupt::yes) {
            cancel_speech(now);
            std::erase_if(sequence, [](const SpeechCommand& c) { return std::holds_alternative<SpeakCommand>(c); });
        }
        const std::uint64_t id = next_utterance_++;
        if (voiced_) log_.speak(id, request.utterance, now);
        if (in_flight_.size() >= kMaxInFlight) in_flight_.erase(in_flight_.begin());
        in_flight_[id] = request.utterance;
        sequence.push_back(SpeakCommand{id, request.utterance});
    }
    if (speech_paused_ && !reaction.speech.empty()) speech_.set_paused(speech_paused_ = false);  // speaking resumes
    if (!sequence.empty()) speech_.speak(std::move(sequence));
}

// The driver may be synthesizing ahead of what is heard: what is cut off is what is
// heard, or, before any of it was heard, the first utterance still waiting.
void EventLoop::cancel_speech(Clock::time_point now) {
    speech_.cancel();
    const auto cut = in_flight_.count(heard_) != 0 ? in_flight_.find(heard_) : in_flight_.begin();
    if (cut != in_flight_.end() && voiced_) log_.cancel(cut->first, cut->second, now);
    in_flight_.clear();
    heard_ = 0;
}

void EventLoop::drain_speech_events() {
    std::deque<SpeechEvent> events;
    {
        std::lock_guard lock(events_mutex_);
        events.swap(speech_events_);
    }
    for (const auto& event : events) {
        auto it = in_flight_.find(event.utterance);
        if (it == in_flight_.end()) continue;  // cut off before it was heard
        if (event.kind == SpeechEvent::Kind::audio_start) {
            if (voiced_) log_.audio_start(event.utterance, it->second, event.at);
            heard_ = event.utterance;
            if (session_.kiosk().follow_reading(it->second)) dirty_ = true;
        } else {
            if (voiced_) log_.done(event.utterance, it->second, event.at);
            in_flight_.erase(it);
        }
    }
}

// Say-all is handed to the driver a few utterances at a time: more only when what is
// queued runs low, so a page of any length never waits whole in the driver's queue.
void EventLoop::read_on_if_low() {
    if (in_flight_.size() <= kReadingLowWater) apply(session_.kiosk().continue_reading());
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
    log_.frame(Clock::now());
}

}  // namespace kiosk
