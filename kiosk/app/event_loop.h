#pragma once

#include <SDL.h>

#include <deque>
#include <map>
#include <mutex>
#include <optional>

#include "app/input_script.h"
#include "app/speech_log.h"
#include "platform/sdl_window.h"
#include "platform/speech_engine.h"
#include "platform/text_texture_cache.h"
#include "screens/kiosk.h"

namespace kiosk {

// The main loop. It sleeps in SDL_WaitEvent until something happens (a key, a touch, a
// speech event, a window change, a script step), hands input to the Kiosk, passes the
// speech it asks for to the engine, and redraws only when the Kiosk says the screen
// changed. Nothing here polls.
class EventLoop {
public:
    EventLoop(Kiosk& kiosk, SdlWindow& window, TextTextureCache& text, SpeechEngine* speech,
              SpeechLog& log, InputScript* script);

    // Runs until the staff exit, a quit in the script, or a termination signal.
    int run();

    // Called on the audio thread: queues the event and wakes the loop.
    void post_speech_event(const SpeechEvent& event);

private:
    bool handle(const SDL_Event& event);
    void on_key(const SDL_KeyboardEvent& key);
    void on_mouse_button(const SDL_MouseButtonEvent& button);
    void apply(const Reaction& reaction);
    void drain_speech_events();
    void draw();
    int wait_timeout_ms();

    Kiosk& kiosk_;
    SdlWindow& window_;
    TextTextureCache& text_;
    SpeechEngine* speech_;
    SpeechLog& log_;
    InputScript* script_;
    Uint32 wake_event_;
    bool dirty_ = true;
    std::optional<SDL_Point> press_;

    std::mutex events_mutex_;
    std::deque<SpeechEvent> speech_events_;
    std::map<std::uint64_t, Utterance> in_flight_;  // spoken or queued; bounded by cancel/done
};

}  // namespace kiosk
