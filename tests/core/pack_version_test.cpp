// The version rule of monotonic pack updates.

#include <gtest/gtest.h>

#include "core/content/pack_version.h"

namespace kiosk {
namespace {

TEST(PackVersion, ComparesPartByPartAndNumbersAsNumbers) {
    EXPECT_LT(compare_versions("1.9.0", "1.10.0"), 0);
    EXPECT_GT(compare_versions("2.0.0", "1.99.99"), 0);
    EXPECT_EQ(compare_versions("1.0.0", "1.0.0"), 0);
    EXPECT_EQ(compare_versions("1.01", "1.1"), 0);
    EXPECT_LT(compare_versions("1.0", "1.0.1"), 0);
    EXPECT_LT(compare_versions("2025.1", "2025.2"), 0);
    EXPECT_LT(compare_versions("1.0.0-a", "1.0.0-b"), 0);
}

TEST(PackVersion, OnlyTheSamePackAtANewerVersionFollows) {
    const ShownPack shown{"changyi", "2.0.0", "aaaa"};
    EXPECT_TRUE(may_follow(std::nullopt, {"other", "0.1", "x"}, false, std::nullopt)) << "a new kiosk";
    EXPECT_TRUE(may_follow(shown, {"changyi", "2.0.1", "b"}, false, std::nullopt));
    EXPECT_TRUE(may_follow(shown, {"changyi", "2.0.0", "aaaa"}, false, std::nullopt)) << "a restart";
    EXPECT_FALSE(may_follow(shown, {"changyi", "1.0.0", "b"}, false, std::nullopt));
    EXPECT_FALSE(may_follow(shown, {"changyi", "2.0.0", "b"}, false, std::nullopt)) << "same version, other files";
    EXPECT_TRUE(may_follow(shown, {"changyi", "2.0.0", "b"}, true, std::nullopt)) << "a directory edited in place";
    EXPECT_FALSE(may_follow(shown, {"other", "3.0.0", "b"}, false, std::nullopt));
}

TEST(PackVersion, TheStaffOverrideNamesTheVersion) {
    const ShownPack shown{"changyi", "2.0.0", "aaaa"};
    EXPECT_TRUE(may_follow(shown, {"changyi", "1.0.0", "b"}, false, "1.0.0"));
    EXPECT_TRUE(may_follow(shown, {"other", "3.0.0", "b"}, false, "3.0.0"));
    EXPECT_FALSE(may_follow(shown, {"changyi", "1.0.0", "b"}, false, "1.5.0"));
}

}  // namespace
}  // namespace kiosk
