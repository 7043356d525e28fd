#include "core/strings/ui_strings.h"

#include <gtest/gtest.h>

#include "support/paths.h"

namespace kiosk {
namespace {

UiStrings open_strings(const std::string& locale) {
    auto strings = UiStrings::open(testing::strings_dir(), locale);
    EXPECT_TRUE(strings) << strings.error().to_string();
    return *strings;
}

TEST(UiStrings, RegionalChineseFallsBackToChinese) {
    const UiStrings strings = open_strings("zh-Hans-CN");
    EXPECT_EQ(strings.get("voice"), "cmn-latn-pinyin");
    EXPECT_EQ(strings.get("role_category"), "类别");
}

TEST(UiStrings, EnglishComesFromRoot) {
    const UiStrings strings = open_strings("en");
    EXPECT_EQ(strings.get("voice"), "en-us");
    EXPECT_EQ(strings.format("item_count", {}, {{"count", 1}}), "1 topic");
    EXPECT_EQ(strings.format("item_count", {}, {{"count", 4}}), "4 topics");
}

TEST(UiStrings, ChineseCountsAndNamedArguments) {
    const UiStrings strings = open_strings("zh-Hans");
    EXPECT_EQ(strings.format("item_count", {}, {{"count", 4}}), "4项");
    EXPECT_EQ(strings.format("help_topic", {{"title", "法律援助"}}), "这里是“法律援助”。按上下键逐段阅读。");
}

TEST(UiStrings, ClaimLabelsInEachLanguage) {
    EXPECT_EQ(open_strings("zh-Hans").format("claim_label", {{"kind", "现行政策"}, {"ref", "国发〔2015〕52号"}}),
              "现行政策·国发〔2015〕52号");
    EXPECT_EQ(open_strings("en").get("claim_target_binding"), "Plan target (binding)");
    EXPECT_EQ(open_strings("ko").get("claim_result"), "과거 실적");
}

TEST(UiStrings, MissingBundlesAreAnError) {
    const auto strings = UiStrings::open("/nonexistent/strings", "zh-Hans");
    ASSERT_FALSE(strings);
    const std::string& error = strings.error().message;
    EXPECT_NE(error.find("/nonexistent/strings"), std::string::npos) << error;
}

}  // namespace
}  // namespace kiosk
