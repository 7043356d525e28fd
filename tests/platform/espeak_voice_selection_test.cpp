// The voice eSpeak NG reads the next utterance with, after a synthesis stopped inside an
// SSML voice change: the route by which eSpeak NG 1.51 read Korean with Mandarin rules and
// then used a freed translator (found by the soak; AddressSanitizer sees the use in its
// strlen interceptor even though eSpeak NG itself is not instrumented).

#include "platform/espeak_voice_selection.h"

#include <espeak-ng/speak_lib.h>
#include <gtest/gtest.h>

#include <string>

namespace kiosk {
namespace {

bool stop_on_first_buffer = false;

int on_samples(short* /*samples*/, int /*count*/, espeak_EVENT* /*events*/) { return stop_on_first_buffer ? 1 : 0; }

void synthesize(const std::string& ssml, bool stop_at_once) {
    stop_on_first_buffer = stop_at_once;
    espeak_Synth(ssml.c_str(), ssml.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8 | espeakSSML, nullptr, nullptr);
    stop_on_first_buffer = false;
}

// The language of the loaded voice; eSpeak NG prefixes it with its priority byte.
std::string loaded_language() {
    const espeak_VOICE* voice = espeak_GetCurrentVoice();
    if (voice == nullptr || voice->languages == nullptr || voice->languages[0] == '\0') return {};
    return voice->languages + 1;
}

// A Korean line that opens with a Chinese name, as the kiosk marks it up.
constexpr const char* kKoreanOpeningInMandarin = R"(<voice name="cmn-latn-pinyin">昌邑区</voice> 계획)";
// A quotation mark inside a Korean word: read with Mandarin rules, this word frees eSpeak's
// second translator while it is in use.
constexpr const char* kKoreanWithQuotes = "여기는 ‘장애인 생활보조금’입니다.";

class EspeakVoiceSelectionTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        ASSERT_GT(espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 20, nullptr, 0), 0) << "eSpeak NG did not start";
        espeak_SetSynthCallback(&on_samples);
    }
};

TEST_F(EspeakVoiceSelectionTest, ASynthesisStoppedInsideAVoiceChangeLeavesTheInnerVoiceLoaded) {
    // What the selection guards against, as eSpeak NG 1.51 does it: if this stops holding,
    // the next test no longer exercises the route.
    EspeakVoiceSelection voices;
    ASSERT_TRUE(voices.select("ko"));
    synthesize(kKoreanOpeningInMandarin, true);
    EXPECT_EQ(loaded_language(), "cmn-latn-pinyin");
}

TEST_F(EspeakVoiceSelectionTest, AfterAStoppedSynthesisTheNextUtteranceHasItsOwnVoice) {
    EspeakVoiceSelection voices;
    ASSERT_TRUE(voices.select("ko"));
    synthesize(kKoreanOpeningInMandarin, true);
    voices.synthesis_stopped();
    ASSERT_TRUE(voices.select("ko"));
    EXPECT_EQ(loaded_language(), "ko");
    synthesize(kKoreanWithQuotes, false);  // with Mandarin loaded: a heap use-after-free
}

TEST_F(EspeakVoiceSelectionTest, AFinishedSynthesisKeepsTheVoiceItEndedWith) {
    EspeakVoiceSelection voices;
    ASSERT_TRUE(voices.select("ko"));
    synthesize(kKoreanOpeningInMandarin, false);
    EXPECT_EQ(loaded_language(), "ko") << "a whole synthesis restores the voice its SSML changed";
}

TEST_F(EspeakVoiceSelectionTest, AnUnknownVoiceFallsBackToEnglish) {
    EspeakVoiceSelection voices;
    EXPECT_FALSE(voices.select("no-such-voice"));
    EXPECT_EQ(loaded_language(), "en-gb");  // eSpeak NG's "en"
}

}  // namespace
}  // namespace kiosk
