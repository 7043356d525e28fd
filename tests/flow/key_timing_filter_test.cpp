// The key timing filter on virtual time: scripted streams of presses and releases, each at
// a time in milliseconds, and the acts that come out, with the time each came.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "flow/key_timing_filter.h"

namespace kiosk {
namespace {

using TimePoint = KeyTimingFilter::TimePoint;
constexpr int kDown = 2;  // the host's numbers for two keys
constexpr int kEnter = 5;

// One scripted event: key `key` goes down (or up) at `ms`.
struct KeyEvent {
    int ms = 0;
    int key = kDown;
    bool down = true;
};

TimePoint at(int ms) { return TimePoint{} + std::chrono::milliseconds(ms); }

// Plays `events` into a filter with `timing`, waking at every deadline as the event loop
// does, until `end_ms`; returns each act as "KEY@MS".
std::vector<std::string> play(const KeyTiming& timing, const std::vector<KeyEvent>& events, int end_ms) {
    KeyTimingFilter filter;
    filter.set_timing(timing);
    std::vector<std::string> acts;
    auto record = [&acts](int key, TimePoint when) {
        const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(when - TimePoint{}).count();
        acts.push_back(std::to_string(key) + "@" + std::to_string(ms));
    };
    auto run_deadlines_until = [&](TimePoint until) {
        while (const auto deadline = filter.next_deadline()) {
            if (*deadline > until) break;
            for (int key : filter.due(*deadline)) record(key, *deadline);
        }
    };
    for (const KeyEvent& event : events) {
        run_deadlines_until(at(event.ms));
        if (!event.down) {
            filter.release(event.key, at(event.ms));
        } else if (filter.press(event.key, at(event.ms))) {
            record(event.key, at(event.ms));
        }
    }
    run_deadlines_until(at(end_ms));
    return acts;
}

KeyTiming timing(int repeat, int double_press, int slow) { return {repeat, double_press, slow}; }

using Acts = std::vector<std::string>;

TEST(KeyTimingFilter, WithEverythingOffAKeyActsOnceWhenPressedHoweverLongItIsHeld) {
    EXPECT_EQ(play(timing(0, 0, 0), {{0}, {5000, kDown, false}}, 10000), Acts{"2@0"});
    EXPECT_EQ(play(timing(0, 0, 0), {{0}, {30, kDown, false}, {60}, {90, kDown, false}}, 1000), (Acts{"2@0", "2@60"}))
        << "without the double-press filter, a quick second press acts";
}

TEST(KeyTimingFilter, AHeldKeyRepeatsOnlyAfterTheDelayThenAtAFixedPace) {
    const Acts acts = play(timing(2000, 0, 0), {{0}, {2600, kDown, false}}, 5000);
    EXPECT_EQ(acts, (Acts{"2@0", "2@2000", "2@2250", "2@2500"}));
    EXPECT_EQ(play(timing(2000, 0, 0), {{0}, {1999, kDown, false}}, 5000), Acts{"2@0"})
        << "let go just before the delay: no repeat";
    EXPECT_EQ(play(timing(500, 0, 0), {{0}, {800, kDown, false}}, 5000), (Acts{"2@0", "2@500", "2@750"}));
}

TEST(KeyTimingFilter, TheDoublePressFilterIgnoresASecondPressWithinTheWindowAfterARelease) {
    const std::vector<KeyEvent> bounce = {{0}, {80, kDown, false}, {300}, {340, kDown, false}};
    EXPECT_EQ(play(timing(0, 500, 0), bounce, 2000), Acts{"2@0"}) << "220 ms after the release: a bounce";
    EXPECT_EQ(play(timing(0, 100, 0), bounce, 2000), (Acts{"2@0", "2@300"})) << "a shorter window lets it through";
    EXPECT_EQ(play(timing(0, 500, 0), {{0}, {80, kDown, false}, {580}, {600, kDown, false}}, 2000),
              (Acts{"2@0", "2@580"}))
        << "exactly the window after the release is a new press";
    EXPECT_EQ(play(timing(0, 500, 0), {{0}, {80, kDown, false}, {100, kEnter}, {150, kEnter, false}}, 2000),
              (Acts{"2@0", "5@100"}))
        << "another key is never a bounce";
}

TEST(KeyTimingFilter, ARunOfBouncesCountsFromTheLastRelease) {
    const std::vector<KeyEvent> tremor = {{0},   {50, kDown, false},  {200}, {230, kDown, false},
                                          {400}, {420, kDown, false}, {900}, {950, kDown, false}};
    EXPECT_EQ(play(timing(0, 250, 0), tremor, 2000), (Acts{"2@0", "2@900"}));
}

TEST(KeyTimingFilter, SlowKeysAcceptAKeyOnlyOnceHeldLongEnoughWhileItIsStillHeld) {
    EXPECT_EQ(play(timing(0, 0, 500), {{0}, {499, kDown, false}}, 2000), Acts{}) << "a brush of the key is ignored";
    EXPECT_EQ(play(timing(0, 0, 500), {{0}, {3000, kDown, false}}, 5000), Acts{"2@500"})
        << "accepted at 500 ms, before the key comes up";
    EXPECT_EQ(play(timing(0, 0, 1000), {{0}, {200, kEnter}, {300, kEnter, false}, {1200, kDown, false}}, 2000),
              Acts{"2@1000"})
        << "only the key held long enough";
}

TEST(KeyTimingFilter, TheLoopIsWokenForEachDecisionAndNotOtherwise) {
    KeyTimingFilter filter;
    filter.set_timing(timing(1000, 0, 300));
    EXPECT_FALSE(filter.next_deadline()) << "nothing held, nothing to wake for";
    EXPECT_FALSE(filter.press(kDown, at(0)));
    EXPECT_EQ(filter.next_deadline(), at(300));
    EXPECT_TRUE(filter.due(at(299)).empty()) << "not yet";
    EXPECT_EQ(filter.due(at(300)), std::vector<int>{kDown});
    EXPECT_EQ(filter.next_deadline(), at(1300)) << "the repeat delay starts at the acceptance";
    filter.release(kDown, at(400));
    EXPECT_FALSE(filter.next_deadline());
}

TEST(KeyTimingFilter, ALoopThatWokeLateGetsOneRepeatNotABurst) {
    KeyTimingFilter filter;
    filter.set_timing(timing(500, 0, 0));
    EXPECT_TRUE(filter.press(kDown, at(0)));
    EXPECT_EQ(filter.due(at(2000)).size(), 1u);
    EXPECT_EQ(filter.next_deadline(), at(2250));
}

TEST(KeyTimingFilter, AllThreeTogether) {
    // Slow keys 300 ms, bounces within 250 ms ignored, repeat after 1 s.
    const std::vector<KeyEvent> stream = {
        {0},    {100, kDown, false},   // too short for slow keys
        {200},  {700, kDown, false},   // a bounce (100 ms after the release), though held long
        {1000}, {2600, kDown, false},  // accepted at 1300, repeats from 2300
        {2700}, {2800, kDown, false},  // a bounce of that
    };
    EXPECT_EQ(play(timing(1000, 250, 300), stream, 5000), (Acts{"2@1300", "2@2300", "2@2550"}));
}

TEST(KeyTimingFilter, TurningRepeatOffStopsAKeyAlreadyRepeating) {
    KeyTimingFilter filter;
    filter.set_timing(timing(500, 0, 0));
    EXPECT_TRUE(filter.press(kDown, at(0)));
    EXPECT_EQ(filter.due(at(500)).size(), 1u);
    filter.set_timing(timing(0, 0, 0));
    EXPECT_TRUE(filter.due(at(750)).empty());
    EXPECT_FALSE(filter.next_deadline());
}

TEST(KeyTimingFilter, APressOfAKeyAlreadyDownAndKeysBeyondTheBoundAreIgnored) {
    KeyTimingFilter filter;
    filter.set_timing(timing(0, 0, 0));
    EXPECT_TRUE(filter.press(kDown, at(0)));
    EXPECT_FALSE(filter.press(kDown, at(10))) << "the platform's own repeat";
    for (int key = 100; key < 100 + static_cast<int>(KeyTimingFilter::kKeysTracked) - 1; ++key) {
        EXPECT_TRUE(filter.press(key, at(20)));
    }
    EXPECT_FALSE(filter.press(999, at(30))) << "more keys down than tracked";
    filter.release(kDown, at(40));
    EXPECT_TRUE(filter.press(999, at(50)));
}

TEST(KeyTiming, StepsGoToTheNextStepAndWrapOnlyWhenAsked) {
    EXPECT_EQ(step_among(kRepeatDelaySteps, 0, +1, false), 500);
    EXPECT_EQ(step_among(kRepeatDelaySteps, 2000, +1, false), 2000);
    EXPECT_EQ(step_among(kRepeatDelaySteps, 2000, +1, true), 0);
    EXPECT_EQ(step_among(kRepeatDelaySteps, 0, -1, true), 2000);
    EXPECT_EQ(step_among(kRepeatDelaySteps, 700, +1, false), 1000) << "a configured value between steps";
    EXPECT_EQ(step_among(kRepeatDelaySteps, 700, -1, false), 500);
    EXPECT_EQ(seconds_text(500), "0.5");
    EXPECT_EQ(seconds_text(2000), "2");
    EXPECT_EQ(seconds_text(1250), "1.25");
    EXPECT_EQ(seconds_text(50), "0.05");
}

}  // namespace
}  // namespace kiosk
