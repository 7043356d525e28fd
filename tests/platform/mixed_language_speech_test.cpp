// The real eSpeak NG engine, on the SSML the kiosk hands it: Chinese inside English and
// Korean is read by the Mandarin voice, and the lexicon's readings give the right tones.

#include <gtest/gtest.h>

#include <optional>

#include "core/content/pack_loader.h"
#include "core/speech/speech_lexicons.h"
#include "platform/espeak_phonemes.h"
#include "support/paths.h"

namespace kiosk {
namespace {

// eSpeak's phonemes for "Chinese letter", which en-us says for each Han character it
// cannot read (ko says its own words for it, then the same English letter name).
constexpr const char* kChineseLetter = "tS'aIni:z";

class MixedLanguageSpeech : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        loaded_ = load_pack(testing::source_path("content/changyi"));
        const Status started = espeak_.start();
        ASSERT_TRUE(started) << started.error().message;
    }
    static const Pack& pack() { return *loaded_.pack; }

    static inline PackLoadResult loaded_;
    static inline EspeakPhonemes espeak_;
};

TEST_F(MixedLanguageSpeech, TheTestSeesChineseLetterInPlainEnglishSpeech) {
    // Without the kiosk's markup the English voice says "Chinese letter": what the
    // following tests check is gone is really there to find.
    EXPECT_NE(espeak_.phonemes("Ask the federation (区残联).", "en-us").find(kChineseLetter), std::string::npos);
}

TEST_F(MixedLanguageSpeech, EnglishUtteranceWithHanHasNoChineseLetter) {
    ASSERT_TRUE(loaded_.pack);
    const std::string ssml = speech_markup_for(pack(), "en").compose("Ask the district federation (区残联).");
    const std::string phonemes = espeak_.phonemes(ssml, "en-us");
    EXPECT_EQ(phonemes.find(kChineseLetter), std::string::npos) << ssml << "\n" << phonemes;
    // 区残联 in Mandarin: qu1 can2 lian2.
    EXPECT_NE(phonemes.find("tS;h'y55_| tsh'a35n_| l'iE35n_|"), std::string::npos) << phonemes;
    EXPECT_NE(phonemes.find("Ed3r'eIS@n"), std::string::npos) << "the English is still English: " << phonemes;
}

TEST_F(MixedLanguageSpeech, KoreanUtteranceWithHanHasNoChineseLetter) {
    ASSERT_TRUE(loaded_.pack);
    const std::string ssml = speech_markup_for(pack(), "ko").compose("구 장애인연합회(区残联)에 문의하세요.");
    const std::string phonemes = espeak_.phonemes(ssml, "ko");
    EXPECT_EQ(phonemes.find(kChineseLetter), std::string::npos) << ssml << "\n" << phonemes;
    EXPECT_NE(phonemes.find("tsh'a35n_|"), std::string::npos) << phonemes;
}

TEST_F(MixedLanguageSpeech, LexiconGivesTheRightTones) {
    ASSERT_TRUE(loaded_.pack);
    const SpeechMarkup markup = speech_markup_for(pack(), "zh-Hans");
    // Alone, eSpeak reads 得 of 得到 as the particle (t@44) and 行 of 银行 as xing2.
    EXPECT_NE(espeak_.phonemes("可以得到什么", "cmn-latn-pinyin").find("t@44_| t'Au51"), std::string::npos);
    EXPECT_NE(espeak_.phonemes("银行", "cmn-latn-pinyin").find("S;'i35N"), std::string::npos);
    const std::string got = espeak_.phonemes(markup.compose("可以得到什么"), "cmn-latn-pinyin");
    EXPECT_NE(got.find("t'@35_| t'Au51_|"), std::string::npos) << got;  // de2 dao4
    const std::string bank = espeak_.phonemes(markup.compose("医院、学校、银行等"), "cmn-latn-pinyin");
    EXPECT_NE(bank.find("j'i35n_| X'a35N_|"), std::string::npos) << bank;  // yin2 hang2
    const std::string trade = espeak_.phonemes(markup.compose("在公共服务行业推广"), "cmn-latn-pinyin");
    EXPECT_NE(trade.find("X'a35N_| j'iE51_|"), std::string::npos) << trade;  // hang2 ye4
    const std::string young = espeak_.phonemes(markup.compose("残疾儿童少年"), "cmn-latn-pinyin");
    EXPECT_NE(young.find("s.'Au51_| n'iE35n_|"), std::string::npos) << young;  // shao4 nian2
}

TEST_F(MixedLanguageSpeech, EscapedSsmlIsReadAsText) {
    const std::string phonemes = espeak_.phonemes(xml_escaped("Tom & Jerry"), "en-us");
    EXPECT_NE(phonemes.find("_and"), std::string::npos) << phonemes;
}

TEST_F(MixedLanguageSpeech, NeutralToneFiveIsReadUnstressedAndLow) {
    // eSpeak reads tone 5 as an unstressed syllable (no ' mark) with a low, level pitch
    // (11): the neutral tone. Without a number its reading depends on what comes before
    // ("le de" alone is read high, 55), so lexicon readings always carry one.
    EXPECT_EQ(espeak_.phonemes("le5 de5", "cmn-latn-pinyin"), "l@11_| t@11_|");
    EXPECT_EQ(espeak_.phonemes("le de", "cmn-latn-pinyin"), "l'@55_| t'@55_|");
    EXPECT_EQ(espeak_.phonemes("le4", "cmn-latn-pinyin"), "l'@51_|");
}

}  // namespace
}  // namespace kiosk
