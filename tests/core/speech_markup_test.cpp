#include "core/speech/speech_markup.h"

#include <gtest/gtest.h>

namespace kiosk {
namespace {

const PronunciationLexicon kMandarin({{"得到", "de2 dao4"}, {"区残联", "qu1 can2 lian2"}, {"少年", "shao4 nian2"}});

TEST(SpeechMarkup, LexiconReadingsSurviveNumberNormalisation) {
    const SpeechMarkup markup("zh-Hans", kMandarin, kMandarin);
    // The tone numbers of a reading are not numbers to read out; the 4719 beside it is.
    const std::string spoken = markup.compose("全区有4719名残疾人得到了补贴");
    EXPECT_NE(spoken.find(" de2 dao4 "), std::string::npos) << spoken;
    EXPECT_EQ(spoken.find("4719"), std::string::npos) << spoken;
    EXPECT_NE(spoken.find("四千七百一十九"), std::string::npos) << spoken;
}

TEST(SpeechMarkup, ChineseSpeechHasNoVoiceChange) {
    const SpeechMarkup markup("zh-Hans", kMandarin, kMandarin);
    EXPECT_EQ(markup.compose("残疾儿童少年"), "残疾儿童 shao4 nian2");
}

TEST(SpeechMarkup, HanInsideEnglishIsReadByTheMandarinVoice) {
    const SpeechMarkup markup("en", PronunciationLexicon(), kMandarin);
    EXPECT_EQ(markup.compose("Ask the federation (区残联)."),
              "Ask the federation (<voice name=\"cmn-latn-pinyin\">qu1 can2 lian2</voice>).");
    EXPECT_EQ(markup.compose("the “Tongfu Card” (同福卡)"),
              "the “Tongfu Card” (<voice name=\"cmn-latn-pinyin\">同福卡</voice>)");
}

// Hangul outside Korean goes to the Korean voice as a voice of its own, never to a second
// translator of another voice (eSpeak NG 1.51 can free that translator while reading with it).
TEST(SpeechMarkup, HangulOutsideKoreanIsReadByTheKoreanVoice) {
    const SpeechMarkup english("en", PronunciationLexicon(), kMandarin);
    EXPECT_EQ(english.compose("Language 语言 언어"),
              "Language <voice name=\"cmn-latn-pinyin\">语言</voice> <voice name=\"ko\">언어</voice>");
    const SpeechMarkup chinese("zh-Hans", kMandarin, kMandarin);
    EXPECT_EQ(chinese.compose("语音库：한국어：ko"), "语音库：<voice name=\"ko\">한국어</voice>：ko");
    const SpeechMarkup korean("ko", PronunciationLexicon(), kMandarin);
    EXPECT_EQ(korean.compose("한국어 음성"), "한국어 음성") << "Korean reads its own script";
}

TEST(SpeechMarkup, EscapesTextForSsmlEverywhere) {
    const SpeechMarkup english("en", PronunciationLexicon(LexiconEntries{{"R&D", "research & development"}}),
                               kMandarin);
    EXPECT_EQ(english.compose("a < b > c & d"), "a &lt; b &gt; c &amp; d");
    EXPECT_EQ(english.compose("<voice name=\"x\">"), "&lt;voice name=&quot;x&quot;&gt;");
    EXPECT_EQ(english.compose("R&D"), "research &amp; development");
    const SpeechMarkup chinese("zh-Hans", kMandarin, kMandarin);
    EXPECT_EQ(chinese.compose("甲<乙&丙>"), "甲&lt;乙&amp;丙&gt;");
    EXPECT_EQ(xml_escaped("&amp;"), "&amp;amp;");
}

TEST(SpeechMarkup, PrivateUseCharactersInTheTextAreKept) {
    const SpeechMarkup markup("zh-Hans", kMandarin, kMandarin);
    EXPECT_EQ(markup.compose("\xEE\x80\x80得到"), "\xEE\x80\x80 de2 dao4");
}

}  // namespace
}  // namespace kiosk
