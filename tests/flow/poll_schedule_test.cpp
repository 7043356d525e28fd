// The update client's poll schedule on a made-up clock: jittered intervals, exponential
// backoff with a cap, and one log line per backoff step.

#include "flow/poll_schedule.h"

#include <gtest/gtest.h>

#include <chrono>
#include <deque>
#include <vector>

namespace kiosk {
namespace {

using namespace std::chrono_literals;
using TimePoint = PollSchedule::TimePoint;

const TimePoint kStart = TimePoint{} + 1000h;

// Fixed random draws, repeated from the last one when they run out.
PollSchedule::Random draws(std::deque<double> values) {
    return [values]() mutable {
        const double value = values.front();
        if (values.size() > 1) values.pop_front();
        return value;
    };
}

double seconds(PollSchedule::Duration d) { return std::chrono::duration<double>(d).count(); }

TEST(PollSchedule, TheFirstCheckComesWithinTheFirstJitterOfTheInterval) {
    EXPECT_EQ(PollSchedule(300s, draws({0.0}), kStart).next(), kStart);
    EXPECT_DOUBLE_EQ(seconds(PollSchedule(300s, draws({0.5}), kStart).next() - kStart), 22.5);
    EXPECT_NEAR(seconds(PollSchedule(300s, draws({0.999999}), kStart).next() - kStart), 45.0, 0.001);
}

TEST(PollSchedule, AnAnswerBringsTheNextCheckOneIntervalLaterGiveOrTakeTheJitter) {
    PollSchedule schedule(300s, draws({0.0, 0.0, 0.5, 0.999999}), kStart);
    schedule.answered(kStart);
    EXPECT_DOUBLE_EQ(seconds(schedule.next() - kStart), 255.0);  // 300 - 15 %
    schedule.answered(kStart);
    EXPECT_DOUBLE_EQ(seconds(schedule.next() - kStart), 300.0);
    schedule.answered(kStart);
    EXPECT_NEAR(seconds(schedule.next() - kStart), 345.0, 0.001);  // 300 + 15 %
}

TEST(PollSchedule, EveryWaitStaysWithinTheJitter) {
    std::deque<double> values;
    for (int i = 0; i < 1000; ++i) values.push_back(i / 1000.0);
    PollSchedule schedule(300s, draws(values), kStart);
    TimePoint now = kStart;
    for (int i = 0; i < 999; ++i) {
        schedule.answered(now);
        const double wait = seconds(schedule.next() - now);
        ASSERT_GE(wait, 255.0);
        ASSERT_LE(wait, 345.0);
        now = schedule.next();
    }
}

TEST(PollSchedule, FailuresDoubleTheWaitUpToEightIntervalsAndAreToldOncePerStep) {
    PollSchedule schedule(300s, draws({0.5}), kStart);  // 0.5: no jitter
    TimePoint now = schedule.next();
    std::vector<double> waits;
    std::vector<bool> told;
    std::vector<int> steps;
    for (int i = 0; i < 6; ++i) {
        const PollSchedule::Failure failure = schedule.failed(now);
        waits.push_back(seconds(failure.wait));
        told.push_back(failure.tell);
        steps.push_back(failure.step);
        EXPECT_EQ(schedule.next(), now + failure.wait);
        now = schedule.next();
    }
    EXPECT_EQ(waits, (std::vector<double>{600, 1200, 2400, 2400, 2400, 2400}));
    EXPECT_EQ(told, (std::vector<bool>{true, true, true, false, false, false}));
    EXPECT_EQ(steps, (std::vector<int>{1, 2, 3, 3, 3, 3}));
    EXPECT_EQ(schedule.failures(), 6);
}

TEST(PollSchedule, AnAnswerEndsTheBackoffAndTheNextFailureIsToldAgain) {
    PollSchedule schedule(300s, draws({0.5}), kStart);
    TimePoint now = kStart;
    for (int i = 0; i < 5; ++i) now += schedule.failed(now).wait;
    schedule.answered(now);
    EXPECT_EQ(schedule.failures(), 0);
    EXPECT_DOUBLE_EQ(seconds(schedule.next() - now), 300.0);
    const PollSchedule::Failure again = schedule.failed(schedule.next());
    EXPECT_TRUE(again.tell);
    EXPECT_EQ(again.step, 1);
    EXPECT_DOUBLE_EQ(seconds(again.wait), 600.0);
}

TEST(PollSchedule, TheBackoffStopsAtAnHour) {
    PollSchedule schedule(1200s, draws({0.5}), kStart);
    std::vector<double> waits;
    std::vector<bool> told;
    for (int i = 0; i < 4; ++i) {
        const auto failure = schedule.failed(kStart);
        waits.push_back(seconds(failure.wait));
        told.push_back(failure.tell);
    }
    EXPECT_EQ(waits, (std::vector<double>{2400, 3600, 3600, 3600}));
    EXPECT_EQ(told, (std::vector<bool>{true, true, false, false}));
}

TEST(PollSchedule, AnIntervalLongerThanAnHourIsNeverShortenedByAFailure) {
    PollSchedule schedule(7200s, draws({0.5}), kStart);
    const auto first = schedule.failed(kStart);
    const auto second = schedule.failed(kStart);
    EXPECT_DOUBLE_EQ(seconds(first.wait), 7200.0);
    EXPECT_TRUE(first.tell);
    EXPECT_DOUBLE_EQ(seconds(second.wait), 7200.0);
    EXPECT_FALSE(second.tell);
}

// A server down for a whole day, checked every 5 minutes with jitter: three lines in the
// log (one per backoff step), and about 40 checks instead of 288.
TEST(PollSchedule, ADayWithoutTheServerIsThreeLinesInTheLog) {
    std::deque<double> values;
    for (int i = 0; i < 200; ++i) values.push_back((i * 37 % 100) / 100.0);
    PollSchedule schedule(300s, draws(values), kStart);
    TimePoint now = schedule.next();
    int told = 0;
    int checks = 0;
    while (now < kStart + 24h) {
        ++checks;
        if (schedule.failed(now).tell) ++told;
        now = schedule.next();
    }
    EXPECT_EQ(told, 3);
    EXPECT_GT(checks, 30);
    EXPECT_LT(checks, 45);
}

}  // namespace
}  // namespace kiosk
