// The body of a call for staff: the four documented fields as JSON, text escaped, the time
// in UTC to the second.

#include "app/staff_alert.h"

#include <gtest/gtest.h>

namespace kiosk {
namespace {

TEST(StaffAlertJson, HoldsTheFourFieldsWithTheTimeInUtc) {
    const auto time =
        std::chrono::system_clock::time_point{} + std::chrono::seconds(1796105700) + std::chrono::milliseconds(750);
    EXPECT_EQ(staff_alert_json("hall-3", "topic", "zh-Hans", time),
              R"({"kiosk":"hall-3","screen":"topic","language":"zh-Hans","time":"2026-12-01T06:15:00Z"})");
}

TEST(StaffAlertJson, EscapesWhatJsonMust) {
    const auto epoch = std::chrono::system_clock::time_point{};
    EXPECT_EQ(staff_alert_json("a\"b\\c\n", "home", "en", epoch),
              R"({"kiosk":"a\"b\\c\u000a","screen":"home","language":"en","time":"1970-01-01T00:00:00Z"})");
}

}  // namespace
}  // namespace kiosk
