#include "core/content/markdown_blocks.h"

#include <gtest/gtest.h>

namespace kiosk {
namespace {

std::vector<Block> parse(const std::string& markdown, PackErrors& problems, int first_line = 1) {
    return parse_markdown_blocks(markdown, "t.md", first_line, problems);
}

TEST(MarkdownBlocks, HeadingsParagraphsAndListItemsBecomeBlocks) {
    PackErrors problems;
    const auto blocks = parse("## 谁可以享受\n\n本区残疾人。\n\n- 第一条\n- 第二条\n", problems);
    ASSERT_TRUE(problems.empty());
    ASSERT_EQ(blocks.size(), 4u);
    EXPECT_EQ(blocks[0].kind, BlockKind::heading);
    EXPECT_EQ(blocks[0].text, "谁可以享受");
    EXPECT_EQ(blocks[1].kind, BlockKind::paragraph);
    EXPECT_EQ(blocks[2].kind, BlockKind::list_item);
    EXPECT_EQ(blocks[3].text, "第二条");
}

TEST(MarkdownBlocks, SoftBreaksJoinChineseWithoutSpaceAndEnglishWithOne) {
    PackErrors problems;
    const auto chinese = parse("第一行\n第二行\n", problems);
    const auto english = parse("first line\nsecond line\n", problems);
    EXPECT_EQ(chinese.at(0).text, "第一行第二行");
    EXPECT_EQ(english.at(0).text, "first line second line");
}

TEST(MarkdownBlocks, TableRowsKeepTheirHeaderCells) {
    PackErrors problems;
    const auto blocks = parse("| 指标 | 目标值 | 属性 |\n|---|---|---|\n| 覆盖率 | 100% | 约束性 |\n", problems);
    ASSERT_TRUE(problems.empty());
    ASSERT_EQ(blocks.size(), 1u);
    EXPECT_EQ(blocks[0].kind, BlockKind::table_row);
    EXPECT_EQ(blocks[0].header, (std::vector<std::string>{"指标", "目标值", "属性"}));
    EXPECT_EQ(blocks[0].cells, (std::vector<std::string>{"覆盖率", "100%", "约束性"}));
}

TEST(MarkdownBlocks, EmphasisKeepsItsText) {
    PackErrors problems;
    EXPECT_EQ(parse("拨打 **12385** 热线\n", problems).at(0).text, "拨打 12385 热线");
}

TEST(MarkdownBlocks, UnsupportedConstructsAreReportedAtTheirFileLine) {
    PackErrors problems;
    parse("正文。\n\n```\ncode\n```\n\n![图](a.png)\n\n### 小标题\n", problems, 10);
    ASSERT_EQ(problems.size(), 3u);
    EXPECT_EQ(problems[0].where.line, 12);
    EXPECT_NE(problems[0].message.find("code_block"), std::string::npos) << problems[0].message;
    EXPECT_EQ(problems[1].where.line, 16);
    EXPECT_NE(problems[1].message.find("image"), std::string::npos);
    EXPECT_EQ(problems[2].where.line, 18);
    EXPECT_NE(problems[2].message.find("'## '"), std::string::npos);
    EXPECT_EQ(problems[0].to_string().rfind("t.md:12:", 0), 0u);
}

TEST(MarkdownBlocks, ClaimMarkersAreReadOffParagraphsAndListItems) {
    PackErrors problems;
    const auto blocks =
        parse("{target 三（四）1; binding} 到2025年全覆盖。\n\n- {rule 国发〔2015〕52号} 生活补贴。\n", problems);
    ASSERT_TRUE(problems.empty()) << problems.at(0).to_string();
    ASSERT_EQ(blocks.size(), 2u);
    ASSERT_TRUE(blocks[0].claim);
    EXPECT_EQ(*blocks[0].claim, (Claim{ClaimKind::target, "三（四）1", ClaimFlag::binding}));
    EXPECT_EQ(blocks[0].text, "到2025年全覆盖。");
    ASSERT_TRUE(blocks[1].claim);
    EXPECT_EQ(blocks[1].claim->kind, ClaimKind::rule);
    EXPECT_EQ(blocks[1].text, "生活补贴。");
    EXPECT_EQ(blocks[1].source_column, 3);
}

TEST(MarkdownBlocks, HeadingsAndTableCellsKeepBraces) {
    PackErrors problems;
    const auto blocks = parse("## {rule 一} 标题\n\n| a |\n|---|\n| {rule 一} b |\n", problems);
    ASSERT_TRUE(problems.empty());
    EXPECT_FALSE(blocks.at(0).claim);
    EXPECT_EQ(blocks.at(0).text, "{rule 一} 标题");
    EXPECT_FALSE(blocks.at(1).claim);
}

TEST(MarkdownBlocks, WrongClaimMarkersAreReportedWhereTheTextStarts) {
    PackErrors problems;
    parse("正文。\n\n{goal 一} 文本。\n\n- {rule} 文本。\n- {target 一; maybe} 文本。\n- {result 一}\n", problems, 10);
    ASSERT_EQ(problems.size(), 4u);
    EXPECT_EQ(problems[0].to_string().rfind("t.md:12:1: error: unknown claim kind 'goal'", 0), 0u)
        << problems[0].to_string();
    EXPECT_EQ(problems[1].to_string().rfind("t.md:14:3: error: claim marker {rule} names no source", 0), 0u)
        << problems[1].to_string();
    EXPECT_EQ(problems[2].to_string().rfind("t.md:15:3: error: unknown claim flag 'maybe'", 0), 0u)
        << problems[2].to_string();
    EXPECT_EQ(problems[3].to_string(), "t.md:16:3: error: the claim marker is followed by no text");
}

}  // namespace
}  // namespace kiosk
