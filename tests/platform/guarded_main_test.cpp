// What a program's main does with a failure nobody expected: tells it and exits non-zero.

#include "platform/guarded_main.h"

#include <gtest/gtest.h>

#include <stdexcept>

namespace kiosk {
namespace {

TEST(GuardedMain, PassesTheExitCodeThrough) {
    EXPECT_EQ(guarded_main("test", [] { return 3; }), 3);
}

TEST(GuardedMain, AnEscapedExceptionIsToldAndExitsNonZero) {
    testing::internal::CaptureStderr();
    const int status =
        guarded_main("test", []() -> int { throw std::runtime_error("ICU break iterator: U_MISSING_RESOURCE_ERROR"); });
    const std::string told = testing::internal::GetCapturedStderr();
    EXPECT_NE(status, 0);
    EXPECT_EQ(told, "test: stopped by an unexpected error: ICU break iterator: U_MISSING_RESOURCE_ERROR\n");
}

TEST(GuardedMain, AnythingElseThrownIsToldAsUnknown) {
    testing::internal::CaptureStderr();
    const int status = guarded_main("test", []() -> int { throw 42; });
    EXPECT_NE(status, 0);
    EXPECT_EQ(testing::internal::GetCapturedStderr(), "test: stopped by an unexpected error: unknown\n");
}

}  // namespace
}  // namespace kiosk
