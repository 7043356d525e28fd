#pragma once

#include <SDL.h>

#include <deque>
#include <mutex>

#include "core/speech/speech_driver.h"

namespace kiosk {

// Carries the speech driver's events from its threads to the event loop: each one is
// queued and wakes the loop with an SDL event. Made before the driver and the loop, so
// the driver never reports to a loop that does not exist yet. Bounded: the oldest events
// go first (they belong to utterances long finished).
class SpeechEventQueue {
public:
    static constexpr std::size_t kCapacity = 1024;

    // Registers the SDL event type; SDL must be initialised.
    SpeechEventQueue();

    // Any thread: queues the event and wakes the loop.
    void post(const SpeechEvent& event);
    // The main thread: everything queued so far.
    std::deque<SpeechEvent> take();
    Uint32 wake_event() const { return wake_event_; }

private:
    Uint32 wake_event_;
    std::mutex mutex_;
    std::deque<SpeechEvent> events_;
};

}  // namespace kiosk
