#include "flow/watchdog_gate.h"

#include <algorithm>

namespace kiosk {
namespace {

// systemd counts the interval in microseconds; a period below one would tick on every turn.
constexpr std::chrono::microseconds kShortestPeriod{1};

}  // namespace

WatchdogGate::WatchdogGate(Clock::duration interval, TimePoint start)
    : period_(std::max<Clock::duration>(interval / 2, kShortestPeriod)), next_tick_(start + period_) {}

WatchdogGate::Turn WatchdogGate::turn(TimePoint now, std::uint64_t answered) {
    if (now < next_tick_) return {};
    const bool alive = answered >= question_;
    ++question_;
    // A loop that was late (busy, or the machine suspended) ticks once, not once per
    // period missed, and keeps its rhythm from now.
    next_tick_ = now + period_;
    return {true, alive};
}

}  // namespace kiosk
