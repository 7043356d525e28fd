#include "platform/worker_pulse.h"

namespace kiosk {

void WorkerPulse::release() {
    {
        std::lock_guard lock(mutex_);
        released_ = true;
    }
    released_signal_.notify_all();
}

bool WorkerPulse::hold_if_wedged() {
    if (!wedge_armed_.exchange(false)) return false;
    std::unique_lock lock(mutex_);
    released_signal_.wait(lock, [&] { return released_; });
    return true;
}

}  // namespace kiosk
