// The staff code: only its hash is kept, the right code is accepted, and each wrong code
// makes the next try wait longer.

#include <gtest/gtest.h>

#include "core/access/staff_code.h"

namespace kiosk {
namespace {

using Clock = StaffCodeChecker::Clock;
using std::chrono::seconds;

StaffCodeChecker checker_for(const std::string& code) {
    const auto hash = hash_staff_code(code);
    EXPECT_TRUE(hash);
    auto checker = StaffCodeChecker::from_hash(hash.value_or(""));
    EXPECT_TRUE(checker) << checker.error().message;
    return std::move(*checker);
}

TEST(StaffCode, OnlyTheHashIsKeptAndTheRightCodeIsAccepted) {
    const auto hash = hash_staff_code("246810");
    ASSERT_TRUE(hash);
    EXPECT_EQ(hash->find("246810"), std::string::npos);
    EXPECT_TRUE(hash->starts_with("$argon2id$"));
    StaffCodeChecker checker = checker_for("246810");
    EXPECT_EQ(checker.check("246810", Clock::now()).outcome, StaffCodeChecker::Outcome::accepted);
}

TEST(StaffCode, EachWrongCodeDoublesTheWaitAndEarlyTriesAreNotChecked) {
    StaffCodeChecker checker = checker_for("246810");
    const Clock::time_point start{};
    auto first = checker.check("111111", start);
    EXPECT_EQ(first.outcome, StaffCodeChecker::Outcome::wrong);
    EXPECT_EQ(first.wait, seconds(2));
    // Even the right code is not tried before the wait is over, and trying adds nothing.
    auto early = checker.check("246810", start + seconds(1));
    EXPECT_EQ(early.outcome, StaffCodeChecker::Outcome::too_soon);
    EXPECT_EQ(early.wait, seconds(1));
    auto second = checker.check("222222", start + seconds(2));
    EXPECT_EQ(second.outcome, StaffCodeChecker::Outcome::wrong);
    EXPECT_EQ(second.wait, seconds(4));
    EXPECT_EQ(checker.wait_at(start + seconds(3)), seconds(3));
    EXPECT_EQ(checker.check("246810", start + seconds(6)).outcome, StaffCodeChecker::Outcome::accepted);
    // The right code starts the count again.
    EXPECT_EQ(checker.check("333333", start + seconds(7)).wait, seconds(2));
}

TEST(StaffCode, TheWaitGrowsToFifteenMinutesAndStaysThere) {
    EXPECT_EQ(staff_code_delay(0), seconds(0));
    EXPECT_EQ(staff_code_delay(1), seconds(2));
    EXPECT_EQ(staff_code_delay(3), seconds(8));
    EXPECT_EQ(staff_code_delay(9), seconds(512));
    EXPECT_EQ(staff_code_delay(10), seconds(900));
    EXPECT_EQ(staff_code_delay(1000), seconds(900));
}

TEST(StaffCode, OnlyKeypadCodesOfSixToSixteenDigits) {
    EXPECT_TRUE(is_valid_staff_code("123456"));
    EXPECT_TRUE(is_valid_staff_code("1234567890123456"));
    EXPECT_FALSE(is_valid_staff_code("12345"));
    EXPECT_FALSE(is_valid_staff_code("12345678901234567"));
    EXPECT_FALSE(is_valid_staff_code("12345a"));
}

TEST(StaffCode, SomethingElseThanAHashIsRefused) {
    const auto short_code = StaffCodeChecker::from_hash("123456");
    ASSERT_FALSE(short_code);
    EXPECT_NE(short_code.error().message.find("hash-code"), std::string::npos);
    EXPECT_FALSE(StaffCodeChecker::from_hash("$argon2id$v=19$garbage"));
    const auto missing = read_staff_code_hash("/nonexistent/staff.hash");
    ASSERT_FALSE(missing);
    EXPECT_NE(missing.error().to_string().find("/nonexistent/staff.hash"), std::string::npos);
}

}  // namespace
}  // namespace kiosk
