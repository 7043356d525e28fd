#include "core/text/text_runs.h"

#include <gtest/gtest.h>

#include <functional>
#include <vector>

namespace kiosk {

// Printed by GoogleTest when a run differs, so a failure shows the whole line's runs.
void PrintTo(const TextRun& run, std::ostream* os) {
    *os << "{\"" << run.utf8 << "\" face " << run.face << ' '
        << (run.direction == TextDirection::right_to_left ? "rtl" : "ltr") << ' ' << run.script << '}';
}

namespace {

using Runs = std::vector<TextRun>;
constexpr auto ltr = TextDirection::left_to_right;
constexpr auto rtl = TextDirection::right_to_left;

bool is_ascii(char32_t c) { return c >= 0x20 && c < 0x7F; }
bool is_arabic(char32_t c) { return c >= 0x0600 && c <= 0x06FF; }
bool is_cjk(char32_t c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF);
}
bool is_digit_or_space(char32_t c) { return c == ' ' || (c >= '0' && c <= '9'); }

// A chain of faces, each described by the characters it has.
class FakeChooser : public FaceChooser {
public:
    explicit FakeChooser(std::vector<std::function<bool(char32_t)>> faces) : faces_(std::move(faces)) {}
    std::size_t face_count() override { return faces_.size(); }
    bool has_glyph(std::size_t face, char32_t c) override { return faces_.at(face)(c); }

private:
    std::vector<std::function<bool(char32_t)>> faces_;
};

// Like the zh-Hans chain: a CJK face that has Latin too, then an Arabic face.
FakeChooser cjk_then_arabic() {
    return FakeChooser({[](char32_t c) { return is_cjk(c) || is_ascii(c); },
                        [](char32_t c) { return is_arabic(c) || is_digit_or_space(c); }});
}

// A face with Chinese, digits and spaces but no Latin letters, then a Latin face.
FakeChooser han_then_latin() {
    return FakeChooser(
        {[](char32_t c) { return is_cjk(c) || is_digit_or_space(c); }, [](char32_t c) { return is_ascii(c); }});
}

LineRuns split(std::string_view text, FaceChooser& faces) {
    RunSplitter splitter;
    return splitter.split(text, faces);
}

TEST(TextRuns, ArabicParagraphWithNumberAndEnglishReadsRightToLeft) {
    // The Arabic word comes first in reading order, so it is at the right; the number
    // and the English word keep their own left-to-right order.
    FakeChooser faces = cjk_then_arabic();
    EXPECT_EQ(split("مرحبا 2025 hello", faces).runs, (Runs{
                                                         {"hello", 0, ltr, "Latn"},
                                                         {" ", 0, rtl, "Zyyy"},
                                                         {"2025", 0, ltr, "Zyyy"},
                                                         {"مرحبا ", 1, rtl, "Arab"},
                                                     }));
}

TEST(TextRuns, ArabicWordAndNumberInsideAnEnglishLine) {
    // In a left-to-right line the Arabic word and the number after it form one
    // right-to-left stretch: the number is drawn to the left of the word it follows.
    FakeChooser faces = cjk_then_arabic();
    EXPECT_EQ(split("hello مرحبا 123 world", faces).runs, (Runs{
                                                              {"hello ", 0, ltr, "Latn"},
                                                              {"123", 0, ltr, "Zyyy"},
                                                              {"مرحبا ", 1, rtl, "Arab"},
                                                              {" world", 0, ltr, "Latn"},
                                                          }));
}

TEST(TextRuns, ChineseLineIsOneRunOfTheFirstFace) {
    FakeChooser faces = cjk_then_arabic();
    EXPECT_EQ(split("请拨打热线12385咨询。", faces).runs, (Runs{{"请拨打热线12385咨询。", 0, ltr, "Hani"}}));
}

TEST(TextRuns, LettersTheFirstFaceLacksTakeTheNextFace) {
    FakeChooser faces = han_then_latin();
    EXPECT_EQ(split("请拨打call中心", faces).runs, (Runs{
                                                       {"请拨打", 0, ltr, "Hani"},
                                                       {"call", 1, ltr, "Latn"},
                                                       {"中心", 0, ltr, "Hani"},
                                                   }));
}

TEST(TextRuns, DigitsAndSpacesStayWithTheirNeighboursFace) {
    // The first face has digits and spaces, but they are drawn with the words around them.
    FakeChooser faces = han_then_latin();
    EXPECT_EQ(split("Call 12385 now", faces).runs, (Runs{{"Call 12385 now", 1, ltr, "Latn"}}));
    EXPECT_EQ(split("热线 12385", faces).runs, (Runs{{"热线 12385", 0, ltr, "Hani"}}));
}

TEST(TextRuns, LeadingDigitsTakeTheFaceOfTheWordAfterThem) {
    FakeChooser faces = han_then_latin();
    EXPECT_EQ(split("2025 plan", faces).runs, (Runs{{"2025 plan", 1, ltr, "Latn"}}));
}

TEST(TextRuns, CharactersNoFaceHasAreLeftOutAndReported) {
    FakeChooser faces = cjk_then_arabic();
    const LineRuns line = split("A\U0000E000B\U0000E001", faces);
    EXPECT_EQ(line.runs, (Runs{{"AB", 0, ltr, "Latn"}}));
    EXPECT_EQ(line.missing, (std::u32string{U'\U0000E000', U'\U0000E001'}));
}

TEST(TextRuns, LineOfOnlyMissingCharactersHasNoRuns) {
    FakeChooser faces = cjk_then_arabic();
    const LineRuns line = split("\U0001F600", faces);
    EXPECT_TRUE(line.runs.empty());
    EXPECT_EQ(line.missing, std::u32string{U'\U0001F600'});
}

TEST(TextRuns, LetterWithCombiningMarkGoesWholeToTheFaceThatHasBoth) {
    // The first face has "e" but not the combining acute accent: the cluster must not be
    // split between faces, or the accent would sit on nothing.
    FakeChooser faces({[](char32_t c) { return is_ascii(c); }, [](char32_t c) { return is_ascii(c) || c == 0x0301; }});
    EXPECT_EQ(split("cafe\u0301", faces).runs, (Runs{{"caf", 0, ltr, "Latn"}, {"e\u0301", 1, ltr, "Latn"}}));
}

TEST(TextRuns, EmojiZwjSequenceStaysOneCluster) {
    // Woman, zero width joiner, laptop: one picture. No face needs the joiner itself.
    const std::string technologist = "\U0001F469\u200D\U0001F4BB";
    FakeChooser faces({[](char32_t c) { return is_cjk(c); }, [](char32_t c) { return c == 0x1F469 || c == 0x1F4BB; }});
    const LineRuns line = split("好" + technologist + "好", faces);
    EXPECT_EQ(line.runs.size(), 3u);
    EXPECT_EQ(line.runs.at(1).utf8, technologist);
    EXPECT_EQ(line.runs.at(1).face, 1u);
    EXPECT_TRUE(line.missing.empty());
}

TEST(TextRuns, PartlyCoveredClusterIsMissingWhole) {
    // No face has the accent: the letter is not drawn bare either.
    FakeChooser faces({[](char32_t c) { return is_ascii(c); }});
    const LineRuns line = split("ne\u0301e", faces);
    EXPECT_EQ(line.runs, (Runs{{"ne", 0, ltr, "Latn"}}));
    EXPECT_EQ(line.missing, std::u32string{U'\u0301'});
}

TEST(TextRuns, HangulHasItsScript) {
    FakeChooser faces(
        {[](char32_t c) { return c == ' ' || (c >= 0xAC00 && c <= 0xD7A3); }, [](char32_t c) { return is_ascii(c); }});
    EXPECT_EQ(split("무료 버스", faces).runs, (Runs{{"무료 버스", 0, ltr, "Hang"}}));
}

TEST(TextRuns, LeftToRightLineOfTheFirstFaceSplitsByScriptAlone) {
    FakeChooser faces = cjk_then_arabic();
    EXPECT_EQ(split("持Disability Card可免费乘车", faces).runs, (Runs{
                                                                    {"持", 0, ltr, "Hani"},
                                                                    {"Disability Card", 0, ltr, "Latn"},
                                                                    {"可免费乘车", 0, ltr, "Hani"},
                                                                }));
}

TEST(TextRuns, SameRunsWhetherOrNotTheLineNeedsBidi) {
    // An Arabic word at the end sends the line through the bidi algorithm; the runs
    // before it are the same as those of the plain left-to-right line.
    FakeChooser faces = cjk_then_arabic();
    const Runs plain = split("申请ABC卡，拨打12385", faces).runs;
    Runs with_arabic = split("申请ABC卡，拨打12385 مرحبا", faces).runs;
    ASSERT_EQ(with_arabic.size(), plain.size() + 1);
    with_arabic.pop_back();
    with_arabic.back().utf8.pop_back();  // the space before the Arabic word
    EXPECT_EQ(with_arabic, plain);
}

TEST(TextRuns, EmptyLineHasNoRuns) {
    FakeChooser faces = cjk_then_arabic();
    const LineRuns line = split("", faces);
    EXPECT_TRUE(line.runs.empty());
    EXPECT_TRUE(line.missing.empty());
}

}  // namespace
}  // namespace kiosk
