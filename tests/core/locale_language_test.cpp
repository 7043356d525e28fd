#include "core/text/locale_language.h"

#include <gtest/gtest.h>

namespace kiosk {
namespace {

TEST(LocaleLanguage, IsTheFirstSubtagInLowerCase) {
    EXPECT_EQ(language_of("zh-Hans-CN"), "zh");
    EXPECT_EQ(language_of("zh"), "zh");
    EXPECT_EQ(language_of("en_US"), "en");
    EXPECT_EQ(language_of("KO"), "ko");
    EXPECT_EQ(language_of(""), "");
}

TEST(LocaleLanguage, MatchesWholeSubtagsOnly) {
    EXPECT_TRUE(is_language("zh-Hans", "zh"));
    EXPECT_TRUE(is_language("ko", "ko"));
    EXPECT_FALSE(is_language("zhx", "zh"));
    EXPECT_FALSE(is_language("en", "zh"));
    EXPECT_FALSE(is_language("", "zh"));
}

}  // namespace
}  // namespace kiosk
