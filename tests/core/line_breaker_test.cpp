#include "core/text/line_breaker.h"

#include <gtest/gtest.h>

#include "support/fake_measurer.h"

namespace kiosk {
namespace {

using Lines = std::vector<std::string>;

// With the fake measurer at 10 px a Chinese character is 10 px and an ASCII one 5 px.
Lines wrap(const std::string& locale, const std::string& text, int width) {
    testing::FakeMeasurer measurer;
    LineBreaker breaker(locale);
    return breaker.break_lines(text, width, FontSpec{10, FontWeight::regular}, measurer);
}

TEST(LineBreaker, ChineseCommaNeverStartsALine) {
    // Cutting by width alone would start the second line with "，".
    EXPECT_EQ(wrap("zh-Hans", "一二三四五，六七", 50), (Lines{"一二三四", "五，六七"}));
}

TEST(LineBreaker, ChineseFullStopNeverStartsALine) {
    // "申请。" does not fit after "残疾人可以申"; "。" goes down with "请", not alone.
    EXPECT_EQ(wrap("zh-Hans", "残疾人可以申请。", 70), (Lines{"残疾人可以申", "请。"}));
}

TEST(LineBreaker, OpeningQuoteNeverEndsALine) {
    EXPECT_EQ(wrap("zh-Hans", "一二三四“五六”", 50), (Lines{"一二三四", "“五六”"}));
}

TEST(LineBreaker, ClosingBracketStaysWithItsText) {
    EXPECT_EQ(wrap("zh-Hans", "规划三（一）第三条", 50), (Lines{"规划三", "（一）第三", "条"}));
}

TEST(LineBreaker, EnglishBreaksAtSpacesAndKeepsWordsWhole) {
    EXPECT_EQ(wrap("en", "Free rides on city buses", 60), (Lines{"Free rides", "on city", "buses"}));
}

TEST(LineBreaker, KoreanBreaksBetweenWords) {
    // Korean words (eojeol) are 2 em each here; a space is half an em.
    EXPECT_EQ(wrap("ko", "무료 버스 이용", 45), (Lines{"무료 버스", "이용"}));
}

TEST(LineBreaker, KoreanWordsAreNotSplitBetweenSyllables) {
    // Room for "장애인에게까지" and one more syllable: ICU alone would end the line with "넓".
    EXPECT_EQ(wrap("ko", "장애인에게까지 넓힐 수", 90), (Lines{"장애인에게까지", "넓힐 수"}));
    EXPECT_EQ(wrap("ko-KR", "생활이 어려운 장애인", 75), (Lines{"생활이 어려운", "장애인"}));
}

TEST(LineBreaker, HotlineNumberStaysWhole) {
    const Lines lines = wrap("zh-Hans", "请拨打残疾人服务热线12385咨询。", 100);
    bool whole = false;
    for (const auto& line : lines) whole = whole || line.find("12385") != std::string::npos;
    EXPECT_TRUE(whole) << ::testing::PrintToString(lines);
}

TEST(LineBreaker, TokenWiderThanTheLineIsCutBetweenCharacters) {
    EXPECT_EQ(wrap("en", std::string(25, 'a'), 50),
              (Lines{std::string(10, 'a'), std::string(10, 'a'), std::string(5, 'a')}));
}

TEST(LineBreaker, GraphemeClustersAreNotSplit) {
    // "e" + combining acute accent is one cluster of two code points.
    const std::string accented = "e\xCC\x81";
    const Lines lines = wrap("en", accented + accented + accented + accented, 10);
    for (const auto& line : lines) EXPECT_NE(line.rfind("\xCC\x81", 0), 0u) << "line starts with a combining mark";
}

TEST(LineBreaker, NewlineIsAHardBreak) {
    EXPECT_EQ(wrap("zh-Hans", "指标：甲\n目标：乙", 500), (Lines{"指标：甲", "目标：乙"}));
}

TEST(LineBreaker, EmptyTextHasNoLines) { EXPECT_TRUE(wrap("zh-Hans", "", 100).empty()); }

}  // namespace
}  // namespace kiosk

namespace kiosk {
namespace {

TEST(LineBreaker, CountsWordsCutForBeingWiderThanALine) {
    testing::FakeMeasurer measurer;
    LineBreaker breaker("en");
    int forced = 0;
    const auto lines = breaker.break_lines(std::string(200, 'x') + " ok", 100, FontSpec{10, FontWeight::regular},
                                           measurer, &forced);
    EXPECT_EQ(forced, 1);
    EXPECT_GT(lines.size(), 1u);
    forced = 0;
    breaker.break_lines("short words only", 100, FontSpec{10, FontWeight::regular}, measurer, &forced);
    EXPECT_EQ(forced, 0);
}

}  // namespace
}  // namespace kiosk
