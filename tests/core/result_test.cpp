// The one way expected failures are reported: Result.

#include "core/result.h"

#include <gtest/gtest.h>

namespace kiosk {
namespace {

Result<int> half(int number) {
    if (number % 2 != 0) return failure(Error("numbers.txt", std::to_string(number) + " is odd", 3, 7));
    return number / 2;
}

TEST(Result, HoldsTheValueOrTheError) {
    const Result<int> good = half(8);
    ASSERT_TRUE(good);
    EXPECT_EQ(*good, 4);
    const Result<int> bad = half(5);
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().to_string(), "numbers.txt:3:7: 5 is odd");
    EXPECT_EQ(bad.value_or(-1), -1);
}

TEST(Result, ErrorNamesAsMuchOfTheWhereAsItKnows) {
    EXPECT_EQ(Error("plain").to_string(), "plain");
    EXPECT_EQ(Error("pack.toml", "no id").to_string(), "pack.toml: no id");
    EXPECT_EQ(Error("a.md", "bad", 4).to_string(), "a.md:4: bad");
}

TEST(Result, AStringValueIsNotTakenForAnError) {
    const Result<std::string> value = std::string("text");
    ASSERT_TRUE(value);
    EXPECT_EQ(*value, "text");
    const Result<std::string> refused = failure("no text");
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().message, "no text");
}

TEST(Result, StatusCarriesOnlyTheFailure) {
    const Status done;
    EXPECT_TRUE(done);
    const Status failed = failure("disk full");
    ASSERT_FALSE(failed);
    EXPECT_EQ(failed.error().message, "disk full");
}

}  // namespace
}  // namespace kiosk
