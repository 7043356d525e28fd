#include "app/event_loop.h"

#include <cstdlib>

#include "platform/key_mapping.h"
#include "platform/sdl_painter.h"

namespace kiosk {
namespace {

// A press that moves further than this before release is a drag, not a tap.
constexpr int kTapSlopPx = 40;
// Utterances kept for logging; older ones are long finished or cut off.
constexpr std::size_t kMaxInFlight = 64;

}  // namespace

EventLoop::EventLoop(Kiosk& kiosk, SdlWindow& window, TextTextureCache& text, SpeechEngine* speech,
                     SpeechLog& log, InputScript* script)
    : kiosk_(kiosk),
      window_(window),
      text_(text),
      speech_(speech),
      log_(log),
      script_(script),
      wake_event_(SDL_RegisterEvents(1)) {}

void EventLoop::post_speech_event(const SpeechEvent& event) {
    {
        std::lock_guard lock(events_mutex_);
        speech_events_.push_back(event);
    }
    SDL_Event wake{};
    wake.type = wake_event_;
    SDL_PushEvent(&wake);
}

int EventLoop::wait_timeout_ms() {
    if (script_ == nullptr) return -1;
    return script_->ms_until_next(SpeechLog::Clock::now()).value_or(-1);
}

int EventLoop::run() {
    apply(kiosk_.start());
    for (;;) {
        if (script_ != nullptr && !script_->play_due(SpeechLog::Clock::now())) {
            drain_speech_events();
            return EXIT_SUCCESS;
        }
        if (dirty_) draw();
        SDL_Event event;
        const int timeout = wait_timeout_ms();
        const int got = timeout < 0 ? SDL_WaitEvent(&event) : SDL_WaitEventTimeout(&event, timeout);
        if (got == 0) continue;  // a script step is due
        do {
            if (!handle(event)) {
                drain_speech_events();
                return EXIT_SUCCESS;
            }
        } while (SDL_PollEvent(&event) != 0);  // take everything already waiting
    }
}

bool EventLoop::handle(const SDL_Event& event) {
    if (event.type == wake_event_) {
        drain_speech_events();
        return true;
    }
    switch (event.type) {
        case SDL_QUIT:  // only a termination signal: closing the window is ignored
            log_.note("terminated", SpeechLog::Clock::now());
            return false;
        case SDL_KEYDOWN:
            if (is_staff_exit(event.key.keysym)) {
                log_.note("staff exit", SpeechLog::Clock::now());
                return false;
            }
            on_key(event.key);
            break;
        case SDL_MOUSEBUTTONDOWN:
        case SDL_MOUSEBUTTONUP:
            on_mouse_button(event.button);
            break;
        case SDL_WINDOWEVENT:
            if (event.window.event == SDL_WINDOWEVENT_EXPOSED ||
                event.window.event == SDL_WINDOWEVENT_SIZE_CHANGED ||
                event.window.event == SDL_WINDOWEVENT_RESTORED) {
                dirty_ = true;
            }
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

void EventLoop::on_key(const SDL_KeyboardEvent& key) {
    const auto command = command_for_key(key.keysym);
    if (!command) return;
    log_.key(SDL_GetKeyName(key.keysym.sym), SpeechLog::Clock::now());
    apply(kiosk_.handle(*command));
}

void EventLoop::on_mouse_button(const SDL_MouseButtonEvent& button) {
    if (button.button != SDL_BUTTON_LEFT) return;
    if (button.state == SDL_PRESSED) {
        press_ = SDL_Point{button.x, button.y};
        return;
    }
    if (!press_) return;
    const bool is_tap = std::abs(button.x - press_->x) <= kTapSlopPx && std::abs(button.y - press_->y) <= kTapSlopPx;
    press_.reset();
    if (!is_tap) return;
    log_.key("tap", SpeechLog::Clock::now());
    apply(kiosk_.handle(Tap{button.x, button.y}));
}

void EventLoop::apply(const Reaction& reaction) {
    if (reaction.redraw) dirty_ = true;
    if (speech_ == nullptr) return;
    for (const auto& request : reaction.speech) {
        const auto now = SpeechLog::Clock::now();
        if (request.interrupt == Interrupt::yes) {
            if (const std::uint64_t cut = speech_->cancel(); cut != 0) {
                if (auto it = in_flight_.find(cut); it != in_flight_.end()) log_.cancel(cut, it->second, now);
            }
            in_flight_.clear();
        }
        const std::uint64_t id = speech_->speak(request.utterance, Interrupt::no);
        log_.speak(id, request.utterance, now);
        if (in_flight_.size() >= kMaxInFlight) in_flight_.erase(in_flight_.begin());
        in_flight_[id] = request.utterance;
    }
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
            log_.audio_start(event.utterance, it->second, event.at);
        } else {
            log_.done(event.utterance, it->second, event.at);
            in_flight_.erase(it);
        }
    }
}

void EventLoop::draw() {
    const DisplayList list = kiosk_.frame(window_.output_size());
    SDL_Renderer* renderer = window_.renderer();
    SDL_SetRenderDrawColor(renderer, 0, 0, 0, 255);
    SDL_RenderClear(renderer);
    draw_display_list(renderer, text_, list);
    SDL_RenderPresent(renderer);
    dirty_ = false;
}

}  // namespace kiosk
