// Braille from liblouis with the kiosk's tables: a topic title in national common braille
// (国家通用盲文), uncontracted UEB and Korean braille, numbers as shown (digits, not the
// spoken words), and each cell leading back to the character it stands for.

#include <gtest/gtest.h>

#include <algorithm>

#include "platform/louis_translator.h"

namespace kiosk {
namespace {

// Cells as Unicode braille patterns (U+2800 + dots), as a reader of this test sees them.
std::string as_unicode(const BrailleCells& cells) {
    std::string text;
    for (const std::uint8_t dots : cells.dots) {
        const char32_t c = 0x2800 + dots;
        text += static_cast<char>(0xE0 | (c >> 12));
        text += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        text += static_cast<char>(0x80 | (c & 0x3F));
    }
    return text;
}

class LouisTranslatorTest : public ::testing::Test {
protected:
    std::string braille(std::string_view text, std::string_view locale) {
        Result<BrailleCells> cells = translator_.translate(text, locale);
        EXPECT_TRUE(cells) << (cells ? "" : cells.error().to_string());
        return cells ? as_unicode(*cells) : "";
    }
    LouisTranslator translator_;
};

TEST_F(LouisTranslatorTest, TheThreeTablesAreInstalled) {
    const Status tables = LouisTranslator::check_tables();
    EXPECT_TRUE(tables) << (tables ? "" : tables.error().to_string());
    EXPECT_EQ(LouisTranslator::table_for("zh-Hans"), "zhcn-cbs.ctb");
    EXPECT_EQ(LouisTranslator::table_for("en"), "en-ueb-g1.ctb");
    EXPECT_EQ(LouisTranslator::table_for("ko"), "ko-g1.ctb");
}

TEST_F(LouisTranslatorTest, ChineseIsInNationalCommonBraille) {
    // jiao yu zi(1) zhu: the common scheme's initials and finals, with the tone it keeps.
    EXPECT_EQ(braille("教育资助", "zh-Hans"), "⠛⠜⠬⠵⠁⠌⠥");
    // yin(2) hang: 行 read as in 银行, not xing.
    EXPECT_EQ(braille("银行", "zh-Hans"), "⠣⠂⠓⠦");
}

TEST_F(LouisTranslatorTest, EnglishIsUncontractedUnifiedEnglishBraille) {
    EXPECT_EQ(braille("Education grants", "en"), "⠠⠑⠙⠥⠉⠁⠞⠊⠕⠝⠀⠛⠗⠁⠝⠞⠎");
}

TEST_F(LouisTranslatorTest, KoreanIsKoreanBraille) { EXPECT_EQ(braille("교육 지원", "ko"), "⠈⠬⠩⠁⠀⠨⠕⠏⠒"); }

TEST_F(LouisTranslatorTest, NumbersAreTheDigitsShownNotTheWordsSpoken) {
    EXPECT_EQ(braille("200元", "zh-Hans"), "⠼⠃⠚⠚⠀⠯⠂");
    EXPECT_EQ(braille("2,000 yuan", "en"), "⠼⠃⠂⠚⠚⠚⠀⠽⠥⠁⠝");
}

TEST_F(LouisTranslatorTest, EachCellLeadsBackToTheCharacterItStandsFor) {
    const Result<BrailleCells> english = translator_.translate("Go on", "en");
    ASSERT_TRUE(english);
    // The capital sign and G stand for "G"; then o, the space, o, n.
    EXPECT_EQ(english->source, (std::vector<std::size_t>{0, 0, 1, 2, 3, 4}));
    // The Chinese table reads whole words: a word's cells lead to its first character.
    const Result<BrailleCells> chinese = translator_.translate("教育，银行", "zh-Hans");
    ASSERT_TRUE(chinese);
    ASSERT_FALSE(chinese->source.empty());
    EXPECT_EQ(chinese->source.front(), 0U);
    EXPECT_EQ(chinese->source.back(), 9U) << "银 starts after 教育，";
}

TEST_F(LouisTranslatorTest, FindsTheCharactersATableHasNoBrailleFor) {
    for (const char* locale : {"zh-Hans", "en", "ko"}) {
        const auto missing = translator_.untranslatable("按 key 키 😀 and 😀\n", locale);
        ASSERT_TRUE(missing) << missing.error().to_string();
        EXPECT_NE(std::find(missing->begin(), missing->end(), U'😀'), missing->end()) << locale;
        EXPECT_EQ(std::count(missing->begin(), missing->end(), U'😀'), 1) << locale << ": once each";
    }
    const auto english = translator_.untranslatable("Press any key: 8 up, 2 down.", "en");
    ASSERT_TRUE(english);
    EXPECT_TRUE(english->empty());
}

TEST_F(LouisTranslatorTest, EmptyTextIsNoCells) {
    const Result<BrailleCells> cells = translator_.translate("", "en");
    ASSERT_TRUE(cells);
    EXPECT_TRUE(cells->dots.empty());
}

}  // namespace
}  // namespace kiosk
