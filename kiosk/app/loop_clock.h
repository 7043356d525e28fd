#pragma once

#include <chrono>
#include <ctime>

#include "flow/app_io.h"

namespace kiosk {

// The event loop's time. Real: the steady clock and the local hour. Virtual (for input
// scripts): the same, moved on over every wait in which nothing can happen, so a script's
// `wait 4000` takes no time when nothing is being said or awaited. Events stamped by
// other threads on the steady clock are moved on with it (virtual_time()).
class LoopClock {
public:
    using Clock = Moment::Clock;

    explicit LoopClock(bool is_virtual) : virtual_(is_virtual) {}

    bool is_virtual() const { return virtual_; }
    Clock::time_point now() const { return Clock::now() + skipped_; }
    Clock::time_point virtual_time(Clock::time_point real) const { return real + skipped_; }
    // The time and the local hour, moved on as far as the clock was.
    Moment moment() const {
        const std::time_t wall =
            std::time(nullptr) +
            static_cast<std::time_t>(std::chrono::duration_cast<std::chrono::seconds>(skipped_).count());
        std::tm local{};
        localtime_r(&wall, &local);
        return {now(), local.tm_hour};
    }
    // Jumps to `when` at once (virtual clock only).
    void skip_to(Clock::time_point when) {
        if (virtual_ && when > now()) skipped_ += when - now();
    }

private:
    bool virtual_;
    Clock::duration skipped_{0};
};

}  // namespace kiosk
