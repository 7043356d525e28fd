#include "flow/poll_schedule.h"

#include <algorithm>

namespace kiosk {

PollSchedule::PollSchedule(std::chrono::seconds every, Random random, TimePoint start)
    : every_(std::max<Duration>(every, std::chrono::seconds(1))), random_(std::move(random)) {
    next_ = start + std::chrono::duration_cast<Duration>(every_ * (kJitter * random_()));
}

// `base`, give or take kJitter of it.
PollSchedule::Duration PollSchedule::jittered(Duration base) {
    const double factor = 1.0 + kJitter * (2.0 * random_() - 1.0);
    return std::chrono::duration_cast<Duration>(base * factor);
}

// The wait before the next check after `failures` failures in a row.
PollSchedule::Duration PollSchedule::backoff(int failures) const {
    const int doublings = std::clamp(failures, 0, kMostDoublings);
    const Duration longest = std::max<Duration>(every_, kLongestBackoff);
    return std::min<Duration>(every_ * (1 << doublings), longest);
}

void PollSchedule::answered(TimePoint now) {
    failures_ = 0;
    next_ = now + jittered(every_);
}

PollSchedule::Failure PollSchedule::failed(TimePoint now) {
    const Duration before = backoff(failures_);
    ++failures_;
    const Duration base = backoff(failures_);
    Failure failure;
    failure.tell = failures_ == 1 || base > before;
    failure.step = std::min(failures_, kMostDoublings);
    failure.wait = jittered(base);
    next_ = now + failure.wait;
    return failure;
}

}  // namespace kiosk
