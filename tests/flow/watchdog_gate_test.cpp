// The watchdog's decision on a made-up clock: a ping every half interval while the loop
// turns and the speech worker answers; none when the worker left the last question
// unanswered; none between ticks.

#include "flow/watchdog_gate.h"

#include <gtest/gtest.h>

namespace kiosk {
namespace {

using namespace std::chrono_literals;

const WatchdogGate::TimePoint kStart{std::chrono::hours(1)};

TEST(WatchdogGate, PingsEveryHalfIntervalWhileTheSpeechWorkerAnswers) {
    WatchdogGate gate(10s, kStart);
    EXPECT_EQ(gate.period(), 5s);
    EXPECT_EQ(gate.next_tick(), kStart + 5s);
    int pings = 0;
    for (auto now = kStart; now <= kStart + 60s; now += 100ms) {
        const std::uint64_t answered = gate.question();  // an idle worker answers at once
        const WatchdogGate::Turn turn = gate.turn(now, answered);
        EXPECT_EQ(turn.ping, turn.ticked);
        if (turn.ping) ++pings;
    }
    EXPECT_EQ(pings, 12);
}

TEST(WatchdogGate, NothingHappensBetweenTicks) {
    WatchdogGate gate(10s, kStart);
    const WatchdogGate::Turn early = gate.turn(kStart + 4999ms, gate.question());
    EXPECT_FALSE(early.ticked);
    EXPECT_FALSE(early.ping);
    EXPECT_EQ(gate.question(), 1U) << "no new question before the tick";
    EXPECT_TRUE(gate.turn(kStart + 5s, gate.question()).ping);
}

TEST(WatchdogGate, AnUnansweredQuestionStopsThePings) {
    WatchdogGate gate(10s, kStart);
    EXPECT_TRUE(gate.turn(kStart + 5s, 1).ping);
    EXPECT_EQ(gate.question(), 2U);
    // The worker wedges: it answered question 1 and nothing since.
    const WatchdogGate::Turn wedged = gate.turn(kStart + 10s, 1);
    EXPECT_TRUE(wedged.ticked) << "a new question is still asked";
    EXPECT_FALSE(wedged.ping);
    EXPECT_FALSE(gate.turn(kStart + 15s, 1).ping);
    EXPECT_FALSE(gate.turn(kStart + 20s, 1).ping);
}

TEST(WatchdogGate, AnAnswerMustBeToTheLatestQuestion) {
    WatchdogGate gate(10s, kStart);
    EXPECT_FALSE(gate.turn(kStart + 5s, 0).ping) << "the first question was never answered";
    EXPECT_FALSE(gate.turn(kStart + 10s, 1).ping) << "an answer to an older question is stale";
    EXPECT_TRUE(gate.turn(kStart + 15s, 3).ping) << "question 3 was asked at the last tick";
}

TEST(WatchdogGate, ALateLoopTicksOnceAndKeepsItsRhythmFromThen) {
    WatchdogGate gate(10s, kStart);
    const WatchdogGate::Turn late = gate.turn(kStart + 23s, 1);
    EXPECT_TRUE(late.ping) << "the loop turns again and the worker had answered";
    EXPECT_EQ(gate.next_tick(), kStart + 28s);
    EXPECT_FALSE(gate.turn(kStart + 24s, 2).ticked) << "no burst of the ticks missed";
}

TEST(WatchdogGate, ATinyIntervalStillHasAPeriod) {
    WatchdogGate gate(1us, kStart);
    EXPECT_GT(gate.period(), WatchdogGate::Clock::duration::zero());
    EXPECT_GT(gate.next_tick(), kStart);
}

}  // namespace
}  // namespace kiosk
