#pragma once

#include <SDL.h>

#include <deque>
#include <mutex>
#include <string>

namespace kiosk {

// Carries lines for the log from a worker thread (the pack update client) to the event
// loop, which alone writes the speech log: each line is queued and wakes the loop with an
// SDL event. Bounded: past kCapacity the oldest lines go.
class NoteQueue {
public:
    static constexpr std::size_t kCapacity = 64;

    // Registers the SDL event type; SDL must be initialised.
    NoteQueue();

    // Any thread.
    void post(std::string line);
    // The main thread: everything queued so far.
    std::deque<std::string> take();
    Uint32 wake_event() const { return wake_event_; }

private:
    Uint32 wake_event_;
    std::mutex mutex_;
    std::deque<std::string> lines_;
};

}  // namespace kiosk
