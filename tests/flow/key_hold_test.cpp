// A key held down (the call-staff key), on a made-up clock: it fires once when held long
// enough, never when let go before, and not at all when the hold is off.

#include "flow/key_hold.h"

#include <gtest/gtest.h>

namespace kiosk {
namespace {

using namespace std::chrono_literals;

const KeyHold::TimePoint kStart = KeyHold::TimePoint{} + 1000h;

TEST(KeyHold, FiresOnceWhenHeldLongEnough) {
    KeyHold hold(2000ms);
    EXPECT_FALSE(hold.deadline().has_value());
    hold.press(kStart);
    ASSERT_TRUE(hold.deadline().has_value());
    EXPECT_EQ(*hold.deadline(), kStart + 2s);
    EXPECT_FALSE(hold.fire(kStart + 1999ms));
    hold.press(kStart + 1500ms);  // a key repeat: the hold still counts from the first press
    EXPECT_TRUE(hold.fire(kStart + 2s));
    EXPECT_FALSE(hold.fire(kStart + 5s)) << "once per press";
    EXPECT_FALSE(hold.deadline().has_value());
    hold.release();
    hold.press(kStart + 6s);
    EXPECT_TRUE(hold.fire(kStart + 8s)) << "a new press holds afresh";
}

TEST(KeyHold, ALetGoBeforeTheLengthNeverFires) {
    KeyHold hold(2000ms);
    hold.press(kStart);
    hold.release();
    EXPECT_FALSE(hold.deadline().has_value());
    EXPECT_FALSE(hold.fire(kStart + 3s));
}

TEST(KeyHold, AZeroLengthIsOff) {
    KeyHold hold(0ms);
    hold.press(kStart);
    EXPECT_FALSE(hold.deadline().has_value());
    EXPECT_FALSE(hold.fire(kStart + 1h));
}

}  // namespace
}  // namespace kiosk
