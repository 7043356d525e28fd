// English words wider than a whole line are hyphenated with the system's dictionary
// (Debian's hyphen-en-us, TeX patterns through libhyphen), not cut between letters.

#include <gtest/gtest.h>

#include "core/text/hyphenator.h"
#include "core/text/line_breaker.h"
#include "support/fake_measurer.h"

namespace kiosk {
namespace {

using Lines = std::vector<std::string>;
const FontSpec kFont{10, FontWeight::regular};  // the fake measurer: 5 px a letter

std::vector<std::string> parts(const std::string& word, const std::vector<std::size_t>& points) {
    std::vector<std::string> out;
    std::size_t from = 0;
    for (std::size_t point : points) {
        out.push_back(word.substr(from, point - from));
        from = point;
    }
    out.push_back(word.substr(from));
    return out;
}

class Hyphenation : public ::testing::Test {
protected:
    void SetUp() override {
        english_ = Hyphenator::for_locale("en");
        ASSERT_NE(english_, nullptr) << "install the hyphen-en-us package: " << hyphenation_dictionary_path("en");
    }

    Lines wrap(const std::string& text, int width, int& forced) {
        testing::FakeMeasurer measurer;
        LineBreaker breaker("en", english_);
        forced = 0;
        return breaker.break_lines(text, width, kFont, measurer, &forced);
    }

    std::shared_ptr<const Hyphenator> english_;
};

TEST_F(Hyphenation, DictionaryGivesTheUsualBreaks) {
    EXPECT_EQ(parts("rehabilitation", english_->break_points("rehabilitation")),
              (std::vector<std::string>{"re", "ha", "bil", "i", "ta", "tion"}));
    EXPECT_EQ(parts("information", english_->break_points("information")),
              (std::vector<std::string>{"in", "for", "ma", "tion"}));
}

TEST_F(Hyphenation, CapitalisedWordsAreHyphenatedLikeLowerCase) {
    EXPECT_EQ(english_->break_points("Accessible"), english_->break_points("accessible"));
    EXPECT_FALSE(english_->break_points("Accessible").empty());
}

TEST_F(Hyphenation, ShortWordsAndNonWordsHaveNoBreaks) {
    EXPECT_TRUE(english_->break_points("bus").empty());
    EXPECT_TRUE(english_->break_points("").empty());
    EXPECT_TRUE(english_->break_points("xxxxxxxxxxxx").empty());
}

TEST_F(Hyphenation, EachLocaleLoadsItsDictionaryOnce) {
    EXPECT_EQ(Hyphenator::for_locale("en"), english_);
    EXPECT_EQ(Hyphenator::for_locale("en-US"), english_);
}

TEST_F(Hyphenation, ChineseAndKoreanAreNotHyphenated) {
    EXPECT_EQ(Hyphenator::for_locale("zh-Hans"), nullptr);
    EXPECT_EQ(Hyphenator::for_locale("ko"), nullptr);
    EXPECT_TRUE(check_hyphenation_dictionary("ko"));
    EXPECT_TRUE(check_hyphenation_dictionary("en"));
}

TEST_F(Hyphenation, MissingDictionaryIsNoHyphenator) {
    EXPECT_EQ(Hyphenator::load("/nonexistent/hyph_en_US.dic"), nullptr);
    const Status dictionary = check_hyphenation_dictionary("fr");
    if (Hyphenator::for_locale("fr") == nullptr) {
        ASSERT_FALSE(dictionary);
        const std::string& message = dictionary.error().message;
        EXPECT_NE(message.find("hyph_fr"), std::string::npos) << message;
    }
}

TEST_F(Hyphenation, WordWiderThanTheLineEndsItsLinesWithAHyphen) {
    // "rehabilitation" is 70 px; the line holds 50.
    int forced = -1;
    const Lines lines = wrap("Basic rehabilitation", 50, forced);
    EXPECT_EQ(lines, (Lines{"Basic", "rehabili-", "tation"}));
    EXPECT_EQ(forced, 0);
}

TEST_F(Hyphenation, HyphenatedWordContinuesWithTheNextWords) {
    // ac-ces-si-bil-ity: "accessibil-" would be 55 px.
    int forced = -1;
    const Lines lines = wrap("Travel and accessibility for all", 50, forced);
    EXPECT_EQ(lines, (Lines{"Travel and", "accessi-", "bility for", "all"}));
    EXPECT_EQ(forced, 0);
}

TEST_F(Hyphenation, WordThatFitsALineIsNeverHyphenated) {
    int forced = -1;
    const Lines lines = wrap("Basic rehabilitation services", 70, forced);
    EXPECT_EQ(lines, (Lines{"Basic", "rehabilitation", "services"}));
    EXPECT_EQ(forced, 0);
}

TEST_F(Hyphenation, PieceStillTooWideIsCutAndCounted) {
    // At 10 px even "bil-" is too wide: what is left is cut between letters.
    int forced = -1;
    const Lines lines = wrap("rehabilitation", 10, forced);
    EXPECT_EQ(forced, 1);
    std::string letters;
    for (const auto& line : lines) letters += line.ends_with("-") ? line.substr(0, line.size() - 1) : line;
    EXPECT_EQ(letters, "rehabilitation");
}

TEST_F(Hyphenation, WithoutADictionaryLongWordsAreCutAsBefore) {
    testing::FakeMeasurer measurer;
    LineBreaker breaker("en", nullptr);
    int forced = 0;
    const Lines lines = breaker.break_lines("Basic rehabilitation", 50, kFont, measurer, &forced);
    EXPECT_EQ(lines, (Lines{"Basic", "rehabilita", "tion"}));
    EXPECT_EQ(forced, 1);
}

// Say-all underlines a sentence line by line by finding each line in the item's label.
TEST_F(Hyphenation, EveryLineIsFoundInTheTextItWasBrokenFrom) {
    const std::string text = "Rehabilitation stations in well-known townships and accessibility";
    for (int width = 30; width <= 120; width += 5) {
        int forced = 0;
        const Lines lines = wrap(text, width, forced);
        std::size_t at = 0;
        std::string rebuilt;
        for (const auto& line : lines) {
            const auto span = find_line(text, line, at);
            ASSERT_TRUE(span) << width << ": " << line;
            rebuilt += text.substr(at, span->end - at);
            at = span->end;
        }
        EXPECT_EQ(rebuilt, text) << width << ": " << ::testing::PrintToString(lines);
    }
}

TEST(FindLine, HyphenAddedAtABreakIsNotInTheText) {
    const auto span = find_line("Basic rehabilitation", "rehabili-", 5);
    ASSERT_TRUE(span);
    EXPECT_EQ(span->begin, 6u);
    EXPECT_EQ(span->end, 14u);
}

TEST(FindLine, HyphenOfTheTextIsPartOfTheLine) {
    const auto span = find_line("a well-known place", "well-", 0);
    ASSERT_TRUE(span);
    EXPECT_EQ(span->begin, 2u);
    EXPECT_EQ(span->end, 7u);
}

TEST(FindLine, LineNotInTheTextIsNotFound) { EXPECT_FALSE(find_line("Basic", "other", 0)); }

}  // namespace
}  // namespace kiosk
