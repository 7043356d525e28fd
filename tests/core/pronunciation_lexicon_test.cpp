#include "core/speech/pronunciation_lexicon.h"

#include <gtest/gtest.h>

#include "core/content/lexicon_file.h"
#include "core/speech/speech_lexicons.h"

namespace kiosk {
namespace {

TEST(PronunciationLexicon, ReadsAWordWhereItStandsAsAWord) {
    const PronunciationLexicon lexicon({{"得到", "de2 dao4"}, {"银行", "yin2 hang2"}});
    EXPECT_EQ(lexicon.apply("可以得到什么"), "可以 de2 dao4 什么");
    EXPECT_EQ(lexicon.apply("医院、银行等"), "医院、 yin2 hang2 等");
    EXPECT_EQ(lexicon.apply("没有这个词"), "没有这个词");
}

TEST(PronunciationLexicon, NeverMatchesInsideAWord) {
    // 行 alone is a word of its own only where ICU segments it so; inside 银行 it is not.
    const PronunciationLexicon lexicon(LexiconEntries{{"行", "xing2"}});
    EXPECT_EQ(lexicon.apply("银行"), "银行");
}

TEST(PronunciationLexicon, LongestWordWins) {
    const PronunciationLexicon lexicon({{"儿童", "er2 tong2"}, {"儿童少年", "er2 tong2 shao4 nian2"}});
    EXPECT_EQ(lexicon.apply("残疾儿童少年"), "残疾 er2 tong2 shao4 nian2");
}

TEST(PronunciationLexicon, MatchesCanSpanSeveralWords) {
    // 无着 is two words for ICU (无|着); an entry may join them, starting and ending on
    // boundaries.
    const PronunciationLexicon lexicon(LexiconEntries{{"无着", "wu2 zhuo2"}});
    EXPECT_EQ(lexicon.apply("生活无着的"), "生活 wu2 zhuo2 的");
}

TEST(LexiconFile, ReadsGoodEntriesAndReportsBadOnesAtTheirPlace) {
    PackErrors problems;
    const LexiconEntries entries = read_lexicon(
        "# comment\n"
        "\"得到\" = \"de2 dao4\"\n"
        "\"银行\" = \"yin2hang2\"\n"
        "  \"行业\" = \"hang ye4\"\n"
        "\"少年\" = \"shao4\"\n"
        "\"的\" = 5\n"
        "\"了\" = \"le5\"\n"
        "\"绿色\" = \"lv4 se4\"\n",
        "zh-Hans/lexicon.toml", "zh-Hans", problems);
    EXPECT_EQ(entries, (LexiconEntries{{"得到", "de2 dao4"}, {"了", "le5"}, {"绿色", "lv4 se4"}}));
    ASSERT_EQ(problems.size(), 4u);
    EXPECT_EQ(problems[0].to_string(),
              "zh-Hans/lexicon.toml:3:1: error: \"yin2hang2\" in the reading of \"银行\" is not a pinyin syllable "
              "with a tone number 1-5 (e.g. \"de2 dao4\"; write each syllable apart, in lower case)");
    EXPECT_EQ(problems[1].where.line, 4);
    EXPECT_EQ(problems[1].where.column, 3);
    EXPECT_NE(problems[1].message.find("\"hang\" in the reading of \"行业\""), std::string::npos);
    EXPECT_EQ(problems[2].to_string(),
              "zh-Hans/lexicon.toml:5:1: error: \"少年\" has 2 characters but its reading has 1 syllables; "
              "give one syllable per character");
    EXPECT_EQ(problems[3].to_string(), "zh-Hans/lexicon.toml:6:1: error: the reading of \"的\" must be text in quotes");
}

TEST(LexiconFile, TonesOutsideOneToFiveAreRefused) {
    EXPECT_NE(lexicon_entry_problem("得", "de6", "zh-Hans"), "");
    EXPECT_NE(lexicon_entry_problem("得", "de0", "zh-Hans"), "");
    EXPECT_NE(lexicon_entry_problem("得", "De2", "zh-Hans"), "");
    EXPECT_NE(lexicon_entry_problem("女", "nu:3", "zh-Hans"), "") << "eSpeak misreads u:";
    EXPECT_EQ(lexicon_entry_problem("女", "nü3", "zh-Hans"), "");
    EXPECT_EQ(lexicon_entry_problem("的", "de5", "zh-Hans"), "");
}

TEST(LexiconFile, OtherLanguagesTakeAnyReadingOnOneLine) {
    EXPECT_EQ(lexicon_entry_problem("Changyi", "Chahng-ee", "en"), "");
    EXPECT_NE(lexicon_entry_problem("Changyi", "", "en"), "");
    EXPECT_NE(lexicon_entry_problem("two words", "x", "en"), "");
}

TEST(BaseLexicon, ShipsWithoutProblemsAndReadsTheCommonPolyphones) {
    const BaseLexicon& base = base_lexicon("zh-Hans");
    EXPECT_TRUE(base.problems.empty()) << base.problems.front().to_string();
    for (const auto& [word, reading] : LexiconEntries{{"得到", "de2 dao4"},
                                                      {"银行", "yin2 hang2"},
                                                      {"行业", "hang2 ye4"},
                                                      {"少年", "shao4 nian2"},
                                                      {"给予", "ji3 yu3"},
                                                      {"调整", "tiao2 zheng3"}}) {
        ASSERT_EQ(base.entries.count(word), 1u) << word;
        EXPECT_EQ(base.entries.at(word), reading) << word;
    }
    EXPECT_TRUE(base_lexicon("xx").entries.empty());
}

}  // namespace
}  // namespace kiosk
