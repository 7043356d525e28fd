// A pack file as form fields: what staff edit, and what stays as it is.

#include "pack_tool/console/file_fields.h"

#include <gtest/gtest.h>

namespace kiosk {
namespace {

const std::string kTopic =
    "+++\n"
    "title = \"法律援助工作站\"\n"
    "source = \"规划 三（四）1\"\n"
    "+++\n"
    "\n"
    "## 谁可以享受\n"
    "\n"
    "- {result 一} 本区的残疾人。\n"
    "\n"
    "{target 三（四）1; binding} 免费的法律咨询和代理。\n"
    "涉及残疾人的刑事案件都提供法律援助。\n"
    "\n"
    "| a | b |\n"
    "|---|---|\n"
    "\n"
    "见[热线](topic:hotlines)。\n";

TEST(FileFields, FrontMatterHeadingsClaimsAndParagraphsAreFields) {
    const auto fields = file_fields(kTopic, true);
    ASSERT_EQ(fields.size(), 6u);
    EXPECT_EQ(fields[0].kind, FileField::Kind::value);
    EXPECT_EQ(fields[0].label, "title");
    EXPECT_EQ(fields[0].text, "法律援助工作站");
    EXPECT_EQ(fields[2].kind, FileField::Kind::heading);
    EXPECT_EQ(fields[2].text, "谁可以享受");
    EXPECT_EQ(fields[3].kind, FileField::Kind::claim);
    EXPECT_EQ(fields[3].label, "{result 一}");
    EXPECT_EQ(fields[3].text, "本区的残疾人。");
    EXPECT_EQ(fields[4].label, "{target 三（四）1; binding}");
    EXPECT_EQ(fields[4].text, "免费的法律咨询和代理。\n涉及残疾人的刑事案件都提供法律援助。");
    EXPECT_EQ(fields[4].first_line, 10);
    EXPECT_EQ(fields[4].last_line, 11);
    EXPECT_EQ(fields[5].kind, FileField::Kind::paragraph);
    EXPECT_EQ(fields[5].first_line, 16);
}

TEST(FileFields, ReplacingAFieldKeepsEverythingAroundIt) {
    auto changed = replace_fields(kTopic, true, {{3, "本区户籍的残疾人。"}, {0, "法律援助"}});
    ASSERT_TRUE(changed) << changed.error().to_string();
    std::string expected = kTopic;
    expected.replace(expected.find("本区的残疾人"), std::string("本区的残疾人").size(), "本区户籍的残疾人");
    expected.replace(expected.find("法律援助工作站"), std::string("法律援助工作站").size(), "法律援助");
    EXPECT_EQ(*changed, expected);
}

TEST(FileFields, AParagraphMayGrowByLinesAndLaterFieldsFollow) {
    auto changed = replace_fields(kTopic, true, {{4, "一行。\n两行。\n三行。"}});
    ASSERT_TRUE(changed);
    const auto fields = file_fields(*changed, true);
    ASSERT_EQ(fields.size(), 6u);
    EXPECT_EQ(fields[4].last_line, 12);
    EXPECT_EQ(fields[5].first_line, 17);
}

TEST(FileFields, EditsThatWouldChangeTheStructureAreRefusedAtTheirLine) {
    auto quote = replace_fields(kTopic, true, {{0, "a \"quoted\" title"}});
    ASSERT_FALSE(quote);
    EXPECT_EQ(quote.error().line, 2);
    EXPECT_FALSE(replace_fields(kTopic, true, {{2, "two\nlines"}}));
    EXPECT_FALSE(replace_fields(kTopic, true, {{4, "a\n\nb"}}));
    EXPECT_FALSE(replace_fields(kTopic, true, {{5, "  "}}));
    EXPECT_FALSE(replace_fields(kTopic, true, {{99, "x"}}));
}

TEST(FileFields, ALexiconIsOneFieldPerEntry) {
    const std::string lexicon = "# comment\n\"吉林市\" = \"ji2 lin2 shi4\"\n\"同行\" = \"tong2 xing2\"\n";
    const auto fields = file_fields(lexicon, false);
    ASSERT_EQ(fields.size(), 2u);
    EXPECT_EQ(fields[1].label, "同行");
    EXPECT_EQ(fields[1].text, "tong2 xing2");
    EXPECT_EQ(field_at_line(fields, 3), 1);
    EXPECT_EQ(field_at_line(fields, 1), -1);
}

}  // namespace
}  // namespace kiosk
