// The event loop's clock: a virtual one jumps over waits, and moves the local hour and
// the drivers' event times with it; a real one never jumps.

#include "app/loop_clock.h"

#include <gtest/gtest.h>

namespace kiosk {
namespace {

using namespace std::chrono_literals;

TEST(LoopClock, AVirtualClockJumpsAndTakesTheDriversTimesAlong) {
    LoopClock clock(true);
    const auto before = clock.now();
    const Moment at_start = clock.moment();
    clock.skip_to(before + 3h);
    EXPECT_GE(clock.now(), before + 3h);
    EXPECT_LT(clock.now(), before + 3h + 1min);
    EXPECT_NE(clock.moment().local_hour, at_start.local_hour) << "the local hour moves on too";
    const auto real = LoopClock::Clock::now();
    EXPECT_GE(clock.virtual_time(real), real + 3h - 1min) << "an event stamped by a driver thread";
    clock.skip_to(before);
    EXPECT_GE(clock.now(), before + 3h) << "never back";
}

TEST(LoopClock, TheRealClockNeverJumps) {
    LoopClock clock(false);
    const auto before = clock.now();
    clock.skip_to(before + 3h);
    EXPECT_LT(clock.now(), before + 1min);
}

}  // namespace
}  // namespace kiosk
