#pragma once

#include <chrono>
#include <cstdint>

namespace kiosk {

// When the kiosk tells systemd's watchdog it is alive (WATCHDOG=1), as data on injected
// time. A ping is due every half of the interval systemd gives (sd_watchdog_enabled's
// advice), and is sent only when both halves of the kiosk show they are alive:
//   - the main loop, by being the one that turns the gate: a loop that hangs never asks;
//   - the speech worker, by answering the question the loop asked it at the last tick,
//     from its own thread. A synthesis wedged inside eSpeak NG answers nothing.
// At each tick the gate asks a new question (a number one higher); the worker's answer is
// the highest question it has seen. An answer is therefore at most one period old when a
// ping carries it, and a hang of either half is noticed by systemd within one period plus
// its interval.
class WatchdogGate {
public:
    using Clock = std::chrono::steady_clock;
    using TimePoint = Clock::time_point;

    struct Turn {
        bool ticked = false;  // a new question() is to be asked of the speech worker
        bool ping = false;    // send WATCHDOG=1
    };

    // `interval` is systemd's WatchdogSec; the first question is asked at `start`.
    WatchdogGate(Clock::duration interval, TimePoint start);

    Clock::duration period() const { return period_; }
    // The question the speech worker must answer before the next tick.
    std::uint64_t question() const { return question_; }
    // When the loop must turn the gate next.
    TimePoint next_tick() const { return next_tick_; }

    // The loop turned at `now`; `answered` is the highest question the speech worker has
    // answered. Before the next tick nothing happens.
    Turn turn(TimePoint now, std::uint64_t answered);

private:
    Clock::duration period_;
    std::uint64_t question_ = 1;
    TimePoint next_tick_;
};

}  // namespace kiosk
