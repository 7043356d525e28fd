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
    const auto lines =
        breaker.break_lines(std::string(200, 'x') + " ok", 100, FontSpec{10, FontWeight::regular}, measurer, &forced);
    EXPECT_EQ(forced, 1);
    EXPECT_GT(lines.size(), 1u);
    forced = 0;
    breaker.break_lines("short words only", 100, FontSpec{10, FontWeight::regular}, measurer, &forced);
    EXPECT_EQ(forced, 0);
}

}  // namespace
}  // namespace kiosk

// The rules of line breaking, pinned on concrete strings. With the fake measurer at 10 px
// a Chinese or Korean character is 10 px wide, an ASCII character 5 px.
namespace kiosk {
namespace {

bool no_line_starts_with(const Lines& lines, const std::string& text) {
    for (std::size_t i = 1; i < lines.size(); ++i) {
        if (lines[i].rfind(text, 0) == 0) return false;
    }
    return true;
}

bool no_line_ends_with(const Lines& lines, const std::string& text) {
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        const std::string& line = lines[i];
        if (line.size() >= text.size() && line.compare(line.size() - text.size(), text.size(), text) == 0) return false;
    }
    return true;
}

bool some_line_holds(const Lines& lines, const std::string& token) {
    for (const auto& line : lines) {
        if (line.find(token) != std::string::npos) return true;
    }
    return false;
}

std::string joined(const Lines& lines, const std::string& separator = "") {
    std::string text;
    for (std::size_t i = 0; i < lines.size(); ++i) text += (i == 0 ? "" : separator) + lines[i];
    return text;
}

TEST(LineBreakingRules, ChineseClosingPunctuationNeverStartsALine) {
    // Cut by width alone, the mark would start the second line; it takes "四" down with it.
    for (const std::string mark : {"，", "。", "、", "）", "」", "》", "；", "：", "！", "？"}) {
        const Lines lines = wrap("zh-Hans", "一二三四" + mark + "五六", 40);
        EXPECT_EQ(lines, (Lines{"一二三", "四" + mark + "五六"})) << mark;
    }
}

TEST(LineBreakingRules, ChineseOpeningPunctuationNeverEndsALine) {
    // "一二三（" fits in 40 px, but an opening bracket goes down with the text it opens.
    for (const auto& [open, close] : {std::pair<std::string, std::string>{"（", "）"}, {"「", "」"}, {"《", "》"}}) {
        const Lines lines = wrap("zh-Hans", "一二三" + open + "四五" + close, 40);
        EXPECT_EQ(lines, (Lines{"一二三", open + "四五" + close})) << open;
    }
}

TEST(LineBreakingRules, ChinesePunctuationRulesHoldAtEveryWidth) {
    const std::string text = "根据《长春市残疾人保障条例》（2021年修订），残疾人可以申请“两项补贴”、免费乘车。";
    for (int width = 30; width <= 200; width += 10) {
        const Lines lines = wrap("zh-Hans", text, width);
        EXPECT_EQ(joined(lines), text) << width;
        for (const std::string closing : {"，", "。", "、", "）", "》", "”"}) {
            EXPECT_TRUE(no_line_starts_with(lines, closing)) << width << ": " << ::testing::PrintToString(lines);
        }
        for (const std::string opening : {"（", "《", "“"}) {
            EXPECT_TRUE(no_line_ends_with(lines, opening)) << width << ": " << ::testing::PrintToString(lines);
        }
    }
}

TEST(LineBreakingRules, EnglishBreaksAtSpaces) {
    // "Apply at the" is 12 characters, exactly the line.
    EXPECT_EQ(wrap("en", "Apply at the district office", 60), (Lines{"Apply at the", "district", "office"}));
    EXPECT_EQ(wrap("en", "Apply at the district office", 55), (Lines{"Apply at", "the", "district", "office"}));
}

TEST(LineBreakingRules, EnglishBreaksAfterAHyphen) {
    // "a well-known" is 12 characters, the line 10: the break comes after the hyphen.
    EXPECT_EQ(wrap("en", "a well-known fact", 50), (Lines{"a well-", "known fact"}));
}

TEST(LineBreakingRules, PhoneNumberStaysWholeAtEveryWidth) {
    const std::string text = "请拨打残疾人服务热线12385或0432-62345678咨询。";
    // From 70 px on, the longer number (13 characters, 65 px) fits on a line.
    for (int width = 70; width <= 200; width += 5) {
        const Lines lines = wrap("zh-Hans", text, width);
        EXPECT_TRUE(some_line_holds(lines, "12385")) << width << ": " << ::testing::PrintToString(lines);
        EXPECT_TRUE(some_line_holds(lines, "0432-62345678")) << width << ": " << ::testing::PrintToString(lines);
    }
}

TEST(LineBreakingRules, AmountsAndYearRangesStayWholeWithTheirUnits) {
    const std::string text = "补贴标准提高到每人每年2.4万元，规划期为2021-2025年，共计5个项目。";
    for (int width = 80; width <= 200; width += 5) {
        const Lines lines = wrap("zh-Hans", text, width);
        EXPECT_EQ(joined(lines), text);
        for (const std::string amount : {"2.4万元", "2021-2025年", "5个"}) {
            EXPECT_TRUE(some_line_holds(lines, amount)) << width << ": " << ::testing::PrintToString(lines);
        }
    }
}

TEST(LineBreakingRules, EnglishNumbersStayWhole) {
    const std::string text = "The allowance rose to 1,250.50 yuan in 2021-2025 for 3,000 people";
    for (int width = 60; width <= 200; width += 5) {
        const Lines lines = wrap("en", text, width);
        for (const std::string number : {"1,250.50", "2021-2025", "3,000"}) {
            EXPECT_TRUE(some_line_holds(lines, number)) << width << ": " << ::testing::PrintToString(lines);
        }
    }
}

TEST(LineBreakingRules, KoreanBreaksOnlyAtSpaces) {
    const std::string text = "장애인 복지카드를 가진 분은 2025년부터 시내버스를 무료로 이용할 수 있습니다.";
    for (int width = 60; width <= 300; width += 10) {
        const Lines lines = wrap("ko", text, width);
        EXPECT_EQ(joined(lines, " "), text) << width << ": " << ::testing::PrintToString(lines);
    }
}

TEST(LineBreakingRules, KoreanWordWiderThanTheLineBreaksBetweenSyllables) {
    // "시내버스를" is 5 em; at 3 em Korean typesetting breaks it between syllables, which
    // is no fault to report.
    testing::FakeMeasurer measurer;
    LineBreaker breaker("ko");
    int forced = 0;
    const Lines lines =
        breaker.break_lines("시내버스를 타요", 30, FontSpec{10, FontWeight::regular}, measurer, &forced);
    EXPECT_EQ(lines, (Lines{"시내버", "스를", "타요"}));
    EXPECT_EQ(forced, 0);
}

TEST(LineBreakingRules, LatinWordInKoreanWiderThanTheLineIsStillCutAndCounted) {
    testing::FakeMeasurer measurer;
    LineBreaker breaker("ko");
    int forced = 0;
    const Lines lines =
        breaker.break_lines("ABCDEFGHIJ 타요", 30, FontSpec{10, FontWeight::regular}, measurer, &forced);
    EXPECT_EQ(lines, (Lines{"ABCDEF", "GHIJ", "타요"}));
    EXPECT_EQ(forced, 1);
}

TEST(LineBreakingRules, ChineseInTheKoreanBreakerBreaksBetweenCharacters) {
    // The attract screen shows every language's invitation, each with the breaker of the
    // screen's language.
    testing::FakeMeasurer measurer;
    LineBreaker breaker("ko");
    int forced = 0;
    const Lines lines =
        breaker.break_lines("请触摸屏幕或按任意键开始", 50, FontSpec{10, FontWeight::regular}, measurer, &forced);
    EXPECT_EQ(lines, (Lines{"请触摸屏幕", "或按任意键", "开始"}));
    EXPECT_EQ(forced, 0);
}

TEST(LineBreakingRules, KoreanWithChineseNamesAndReferencesNeedsNoCut) {
    const std::vector<std::string> texts = {
        "출처: 계획 3(1)3; 박스 1 제4항; 1(수립 배경); 국가 규정: 「생활이 어려운 장애인 생활보조금과 중증장애인 "
        "돌봄보조금 제도를 전면 수립하는 데 관한 국무원 "
        "의견」(《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴"
        "制度的意见》, 国发〔2015〕52号)",
        "‘장애인 권익 보장 법률 지원 햇빛 행동’(残疾人权益保障法律援助阳光行动) 등 장애인을 돕는 법률 활동을 펼칩니다.",
    };
    testing::FakeMeasurer measurer;
    LineBreaker breaker("ko");
    for (const std::string& text : texts) {
        int forced = 0;
        const Lines lines = breaker.break_lines(text, 80, FontSpec{10, FontWeight::regular}, measurer, &forced);
        EXPECT_EQ(forced, 0) << ::testing::PrintToString(lines);
        for (const auto& line : lines) EXPECT_LE(measurer.width(line, FontSpec{10, FontWeight::regular}), 80) << line;
    }
}

TEST(LineBreakingRules, EmojiZwjSequencesAreNeverSplit) {
    // Woman + ZWJ + laptop is one picture of three code points (3 em with the fake measurer).
    const std::string technologist = "\U0001F469\u200D\U0001F4BB";
    std::string text;
    for (int i = 0; i < 6; ++i) text += technologist;
    for (int width = 10; width <= 100; width += 10) {
        const Lines lines = wrap("zh-Hans", text, width);
        for (const auto& line : lines) {
            EXPECT_EQ(line.size() % technologist.size(), 0u) << width << ": " << ::testing::PrintToString(lines);
            EXPECT_EQ(line.find(technologist), 0u) << width;
        }
    }
}

TEST(LineBreakingRules, HangulJamoSequencesAreNeverSplit) {
    // Old-style Hangul written as conjoining jamo: lead, vowel, tail make one syllable.
    const std::string syllable = "\u1100\u1161\u11A8";  // 각
    std::string text;
    for (int i = 0; i < 8; ++i) text += syllable;
    for (const std::string locale : {"ko", "zh-Hans"}) {
        for (int width = 10; width <= 80; width += 10) {
            const Lines lines = wrap(locale, text, width);
            for (const auto& line : lines) {
                EXPECT_EQ(line.size() % syllable.size(), 0u)
                    << locale << ' ' << width << ": " << ::testing::PrintToString(lines);
            }
        }
    }
}

TEST(LineBreakingRules, CombiningMarksStayOnTheirLetter) {
    const std::string text = "cafe\u0301 cafe\u0301 re\u0301sume\u0301";
    for (int width = 5; width <= 60; width += 5) {
        const Lines lines = wrap("en", text, width);
        EXPECT_TRUE(no_line_starts_with(lines, "\u0301")) << width << ": " << ::testing::PrintToString(lines);
    }
}

TEST(LineBreakingRules, MixedChineseEnglishAndNumbers) {
    // Latin words and numbers are kept whole inside Chinese; Chinese breaks anywhere else.
    EXPECT_EQ(wrap("zh-Hans", "持Disability Card可免费乘坐8路公交车", 100),
              (Lines{"持Disability Card可", "免费乘坐8路公交车"}));
    // "8路" is the bus route: the number keeps its measure word, though "8" alone would fit.
    EXPECT_EQ(wrap("zh-Hans", "免费乘坐8路公交车", 50), (Lines{"免费乘坐", "8路公交车"}));
    EXPECT_EQ(wrap("zh-Hans", "拨打12385转0号键，或发送email至help@example.cn。", 120),
              (Lines{"拨打12385转0号键，或发送", "email至help@example.cn。"}));
}

}  // namespace
}  // namespace kiosk

namespace kiosk {
namespace {

// Like the real fonts: "·" is a narrow Latin dot on its own but a full-width dot in the
// Chinese face when it follows Chinese, whose face it takes.
class ContextualMeasurer : public testing::FakeMeasurer {
public:
    int width(std::string_view utf8, const FontSpec& font) override {
        const std::string_view dot = "\u00B7";
        int width = FakeMeasurer::width(utf8, font);
        for (std::size_t at = utf8.find(dot); at != std::string_view::npos; at = utf8.find(dot, at + 1)) {
            const bool after_wide = at > 0 && static_cast<unsigned char>(utf8[at - 1]) >= 0x80;
            if (!after_wide) width -= font.px * 3 / 4;
        }
        return width;
    }
};

TEST(LineBreakingRules, PunctuationIsMeasuredInTheFaceItTakesInTheLine) {
    const std::string text = "Share the Fragrance, Build a Better Life Together\u201D (共享芬芳\u00B7共铸美好).";
    ContextualMeasurer measurer;
    LineBreaker breaker("en", nullptr);
    const FontSpec font{40, FontWeight::regular};
    for (int width = 400; width <= 1200; ++width) {
        for (const auto& line : breaker.break_lines(text, width, font, measurer)) {
            ASSERT_LE(measurer.width(line, font), width) << line;
        }
    }
}

}  // namespace
}  // namespace kiosk
