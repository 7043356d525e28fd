#pragma once

#include <chrono>
#include <functional>

namespace kiosk {

// When the pack update client next asks the web server for its channel's index, on
// injected time and an injected random source: no clock is read here.
//
// - The first check comes soon after the start, at a random point in the first
//   kJitter of the interval, so a district's kiosks switched on together by one power
//   switch do not all ask at the same second.
// - After an answer, the next check is one interval later, give or take kJitter.
// - After a failure the wait doubles (the interval times 2, 4, 8), never beyond
//   kLongestBackoff (nor below the interval itself), and an answer brings it back.
// - A failure is worth telling staff once per backoff step: when the wait grows. A
//   server down for a day is a few lines in the log, not hundreds.
class PollSchedule {
public:
    using Clock = std::chrono::steady_clock;
    using TimePoint = Clock::time_point;
    using Duration = Clock::duration;
    // Uniform in [0, 1); a test gives fixed values, the client a seeded generator.
    using Random = std::function<double()>;

    static constexpr double kJitter = 0.15;                  // each wait is its base give or take 15 %
    static constexpr int kMostDoublings = 3;                 // at most 8 intervals between failing checks ...
    static constexpr std::chrono::hours kLongestBackoff{1};  // ... and at most an hour, unless the interval is longer

    struct Failure {
        bool tell = false;  // the first failure, or the wait grew: a new backoff step
        int step = 0;       // 1 for the first failure in a row, up to kMostDoublings
        Duration wait{};    // until the next check, jitter included
    };

    PollSchedule(std::chrono::seconds every, Random random, TimePoint start);

    // When the next check is due.
    TimePoint next() const { return next_; }
    // Failures in a row since the last answer.
    int failures() const { return failures_; }

    // The check at `now` got an answer (a new index, 304 Not Modified, or one refused).
    void answered(TimePoint now);
    // The check at `now` got no usable answer (no connection, a timeout, a broken download).
    Failure failed(TimePoint now);

private:
    Duration jittered(Duration base);
    Duration backoff(int failures) const;

    Duration every_;
    Random random_;
    TimePoint next_;
    int failures_ = 0;
};

}  // namespace kiosk
