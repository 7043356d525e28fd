// Braille laid out as a label: lines broken between words, pages, Unicode braille for the
// screen, and BRF (braille ASCII) for an embosser; and a pack's instructions translated
// paragraph by paragraph.

#include <gtest/gtest.h>

#include <map>

#include "core/braille/braille_label.h"
#include "core/braille/braille_pages.h"

namespace kiosk {
namespace {

// A word of `length` cells, each dots 1 (the letter a), and a blank cell.
BrailleLine word(std::size_t length) { return BrailleLine(length, 0x01); }
BrailleLine words(std::initializer_list<std::size_t> lengths) {
    BrailleLine line;
    for (const std::size_t length : lengths) {
        if (!line.empty()) line.push_back(0);
        const BrailleLine next = word(length);
        line.insert(line.end(), next.begin(), next.end());
    }
    return line;
}

TEST(BraillePages, BreaksBetweenWordsAndDropsTheBlankAtTheBreak) {
    const auto pages = lay_out_braille({words({3, 4, 2})}, {8, 25});
    ASSERT_EQ(pages.size(), 1u);
    EXPECT_EQ(pages[0], (BraillePage{words({3, 4}), word(2)}));
}

TEST(BraillePages, AWordLongerThanALineIsCutWhereTheLineEnds) {
    const auto pages = lay_out_braille({words({10, 1})}, {4, 25});
    ASSERT_EQ(pages.size(), 1u);
    EXPECT_EQ(pages[0], (BraillePage{word(4), word(4), words({2, 1})})) << "the rest fits on one line";
}

TEST(BraillePages, EachParagraphBeginsALineAndPagesHoldTheirLines) {
    const auto pages = lay_out_braille({word(3), {}, word(3), word(3)}, {5, 2});
    ASSERT_EQ(pages.size(), 2u) << "an empty paragraph adds no line";
    EXPECT_EQ(pages[0].size(), 2u);
    EXPECT_EQ(pages[1].size(), 1u);
}

TEST(BraillePages, UnicodeBrailleIsTheDotsFromU2800) {
    const BrailleLine cells{0x00, 0x01, 0x3F, 0xFF};
    EXPECT_EQ(unicode_braille(cells), "⠀⠁⠿⣿");
    EXPECT_EQ(unicode_braille_text({{{0x01}, {0x03}}, {{0x09}}}), "⠁\n⠃\n\n⠉\n");
}

TEST(BraillePages, BrfIsBrailleAsciiWithCrLfLinesAndAFormFeedBetweenPages) {
    // a b c, blank, 1 (dot 2), the number sign (3456), the full cell (=).
    const auto brf = braille_ready_file({{{0x01, 0x03, 0x09, 0x00, 0x02}}, {{0x3C, 0x3F}}});
    ASSERT_TRUE(brf) << brf.error().to_string();
    EXPECT_EQ(*brf, "ABC 1\r\n\f#=\r\n");
}

TEST(BraillePages, BrfRefusesACellWithDotSevenOrEightAndNamesIt) {
    const auto brf = braille_ready_file({{{0x01}, {0x01, 0x41}}});
    ASSERT_FALSE(brf);
    EXPECT_NE(brf.error().to_string().find("page 1, line 2, cell 2"), std::string::npos) << brf.error().to_string();
}

// Each letter a cell of its own: a = dots 1, b = dots 12, space = blank.
class LetterTranslator : public BrailleTranslator {
public:
    Result<BrailleCells> translate(std::string_view text, std::string_view locale) override {
        locales.emplace_back(locale);
        BrailleCells cells;
        for (const char c : text) cells.dots.push_back(c == 'a' ? 0x01 : c == 'b' ? 0x03 : 0x00);
        cells.source.resize(cells.dots.size());
        return cells;
    }
    std::vector<std::string> locales;
};

TEST(BrailleLabel, TranslatesEachLineOfTheTextAsAParagraphInItsLanguage) {
    LetterTranslator translator;
    const auto pages = braille_label(translator, "ab ab\nba", "en", {40, 25});
    ASSERT_TRUE(pages);
    ASSERT_EQ(pages->size(), 1u);
    EXPECT_EQ(unicode_braille_text(*pages), "⠁⠃⠀⠁⠃\n⠃⠁\n");
    EXPECT_EQ(translator.locales, (std::vector<std::string>{"en", "en"}));
}

}  // namespace
}  // namespace kiosk
