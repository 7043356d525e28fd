#include "core/speech/unread_numbers.h"

#include <gtest/gtest.h>

#include <string>

namespace kiosk {
namespace {

struct Unread {
    std::string written;
    std::string spoken;
    std::size_t offset;
};

std::vector<Unread> unread(const std::string& text, const std::string& locale) {
    std::vector<Unread> out;
    for (const auto& form : unread_number_forms(text, locale)) out.push_back({form.written, form.spoken, form.offset});
    return out;
}

bool operator==(const Unread& a, const Unread& b) {
    return a.written == b.written && a.spoken == b.spoken && a.offset == b.offset;
}

void PrintTo(const Unread& u, std::ostream* os) {
    *os << "{" << u.written << " → " << u.spoken << " @" << u.offset << "}";
}

TEST(UnreadNumbers, UnknownUnitGluedToChineseWords) {
    EXPECT_EQ(unread("门宽不少于3ft。", "zh-Hans"), (std::vector<Unread>{{"3ft", "三ft", 15}}));
}

TEST(UnreadNumbers, GreekLettersCountAsLetters) {
    EXPECT_EQ(unread("每天20μg", "zh-Hans"), (std::vector<Unread>{{"20μg", "二十μg", 6}}));
}

TEST(UnreadNumbers, SymbolLeftNextToTheWords) {
    EXPECT_EQ(unread("3#楼", "zh-Hans"), (std::vector<Unread>{{"3#", "三#", 0}}));
}

TEST(UnreadNumbers, EnglishUnknownUnitStaysAWordOfLetters) {
    EXPECT_EQ(unread("a 5ft door", "en"), (std::vector<Unread>{{"5ft", "five ft", 2}}));
}

TEST(UnreadNumbers, KoreanUnknownUnit) { EXPECT_EQ(unread("폭 3ft", "ko"), (std::vector<Unread>{{"3ft", "삼ft", 4}})); }

TEST(UnreadNumbers, EveryFormInOrder) {
    const auto found = unread("3ft和5yd", "zh-Hans");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].written, "3ft");
    EXPECT_EQ(found[1].written, "5yd");
}

TEST(UnreadNumbers, FormsTheKioskReadsAreNotReported) {
    for (const char* text : {"面积120m²", "25kg", "38°C", "-5.5", "±2", "1/3", "￥5", "$1-5", "2019/2/10", "2019·2·10",
                             "85%", "≥60%", "12385", "2,000"}) {
        EXPECT_TRUE(unread(text, "zh-Hans").empty()) << text;
        EXPECT_TRUE(unread(text, "en").empty()) << text;
        EXPECT_TRUE(unread(text, "ko").empty()) << text;
    }
}

TEST(UnreadNumbers, CapitalLettersAreLetterNames) {
    EXPECT_TRUE(unread("5G网络", "zh-Hans").empty());
    EXPECT_TRUE(unread("5G card", "en").empty());
    EXPECT_TRUE(unread("COVID-19", "zh-Hans").empty());
}

TEST(UnreadNumbers, OrdinalSuffixesAreRead) { EXPECT_TRUE(unread("the 13th month", "en").empty()); }

TEST(UnreadNumbers, LanguagesWithoutRulesAreNotChecked) { EXPECT_TRUE(unread("3ft", "fr").empty()); }

}  // namespace
}  // namespace kiosk
