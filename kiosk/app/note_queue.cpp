#include "app/note_queue.h"

namespace kiosk {

NoteQueue::NoteQueue() : wake_event_(SDL_RegisterEvents(1)) {}

void NoteQueue::post(std::string line) {
    {
        const std::lock_guard lock(mutex_);
        if (lines_.size() >= kCapacity) lines_.pop_front();
        lines_.push_back(std::move(line));
    }
    SDL_Event wake{};
    wake.type = wake_event_;
    SDL_PushEvent(&wake);
}

std::deque<std::string> NoteQueue::take() {
    std::deque<std::string> taken;
    const std::lock_guard lock(mutex_);
    taken.swap(lines_);
    return taken;
}

}  // namespace kiosk
