#pragma once

#include <string>
#include <string_view>

#include "core/speech/pronunciation_lexicon.h"
#include "core/text/xml_escape.h"

namespace kiosk {

// The Mandarin voice of eSpeak NG that reads Han characters and tone-numbered pinyin.
inline constexpr const char* kMandarinVoice = "cmn-latn-pinyin";
// The Korean voice of eSpeak NG, which reads Hangul.
inline constexpr const char* kKoreanVoice = "ko";

// Turns what the kiosk says in one language into the SSML handed to eSpeak NG (always
// SSML, so every text is escaped with xml_escaped):
//   1. words of the language's lexicon are found in the text as written (so 得到 matches
//      before anything is rewritten) and kept aside;
//   2. numbers are normalised for the language (normalize_for_speech);
//   3. the lexicon's readings go back in, set apart by spaces;
//   4. outside Chinese, each run of Han characters ("(区残联)") is read by the Mandarin
//      voice, with the Mandarin lexicon, inside the same utterance (an SSML voice change),
//      so English and Korean voices never say "Chinese letter";
//   5. outside Korean, each run of Hangul ("语言 Language 언어") is read by the Korean voice
//      the same way, rather than by a second, Korean translator inside the other voice,
//      which eSpeak NG 1.51 reads with Korean rules only in part.
class SpeechMarkup {
public:
    SpeechMarkup(std::string locale, PronunciationLexicon lexicon, PronunciationLexicon mandarin_lexicon,
                 std::string mandarin_voice = kMandarinVoice);

    std::string compose(std::string_view text) const;

private:
    std::string han_run(const icu::UnicodeString& run) const;
    std::string hangul_run(const icu::UnicodeString& run) const;

    std::string locale_;
    bool chinese_;
    bool korean_;
    PronunciationLexicon lexicon_;
    PronunciationLexicon mandarin_lexicon_;
    std::string mandarin_voice_;
};

}  // namespace kiosk
