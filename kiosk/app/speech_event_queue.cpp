#include "app/speech_event_queue.h"

namespace kiosk {

SpeechEventQueue::SpeechEventQueue() : wake_event_(SDL_RegisterEvents(1)) {}

void SpeechEventQueue::post(const SpeechEvent& event) {
    {
        std::lock_guard lock(mutex_);
        if (events_.size() >= kCapacity) events_.pop_front();
        events_.push_back(event);
    }
    SDL_Event wake{};
    wake.type = wake_event_;
    SDL_PushEvent(&wake);
}

std::deque<SpeechEvent> SpeechEventQueue::take() {
    std::deque<SpeechEvent> taken;
    std::lock_guard lock(mutex_);
    taken.swap(events_);
    return taken;
}

}  // namespace kiosk
