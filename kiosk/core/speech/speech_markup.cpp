#include "core/speech/speech_markup.h"

#include <unicode/uscript.h>

#include <map>
#include <vector>

#include "core/speech/speech_normalizer.h"
#include "core/text/locale_language.h"
#include "core/text/xml_escape.h"

namespace kiosk {
namespace {

// Words kept aside while numbers are normalised stand in the text as characters of the
// Private Use Area: no number rule reads or rewrites them.
constexpr char16_t kFirstPlaceholder = 0xE000;
constexpr char16_t kPlaceholders = 0x1900;  // U+E000..U+F8FF

bool is_placeholder(char16_t c) { return c >= kFirstPlaceholder && c < kFirstPlaceholder + kPlaceholders; }

bool is_han(UChar32 c) {
    UErrorCode status = U_ZERO_ERROR;
    return uscript_getScript(c, &status) == USCRIPT_HAN;
}

bool is_hangul(UChar32 c) {
    UErrorCode status = U_ZERO_ERROR;
    return uscript_getScript(c, &status) == USCRIPT_HANGUL;
}

// Where the run of characters that `belongs` starting at `begin` ends.
int32_t run_end(const icu::UnicodeString& text, int32_t begin, bool (*belongs)(UChar32)) {
    int32_t end = begin;
    while (end < text.length() && belongs(text.char32At(end))) end = text.moveIndex32(end, 1);
    return end;
}

std::string in_voice(const std::string& voice, const std::string& escaped) {
    return "<voice name=\"" + voice + "\">" + escaped + "</voice>";
}

std::string utf8(const icu::UnicodeString& text) {
    std::string out;
    text.toUTF8String(out);
    return out;
}

}  // namespace

SpeechMarkup::SpeechMarkup(std::string locale, PronunciationLexicon lexicon, PronunciationLexicon mandarin_lexicon,
                           std::string mandarin_voice)
    : locale_(std::move(locale)),
      chinese_(is_language(locale_, "zh")),
      korean_(is_language(locale_, "ko")),
      lexicon_(std::move(lexicon)),
      mandarin_lexicon_(std::move(mandarin_lexicon)),
      mandarin_voice_(std::move(mandarin_voice)) {}

std::string SpeechMarkup::han_run(const icu::UnicodeString& run) const {
    return in_voice(mandarin_voice_, xml_escaped(mandarin_lexicon_.apply(utf8(run))));
}

std::string SpeechMarkup::hangul_run(const icu::UnicodeString& run) const {
    return in_voice(kKoreanVoice, xml_escaped(utf8(run)));
}

std::string SpeechMarkup::compose(std::string_view text) const {
    const icu::UnicodeString written =
        icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    std::vector<LexiconMatch> kept = lexicon_.matches(written);
    // Placeholders are taken from the characters the text does not hold itself.
    std::map<char16_t, std::size_t> placeholders;
    icu::UnicodeString marked;
    int32_t done = 0;
    char16_t next = kFirstPlaceholder;
    for (std::size_t i = 0; i < kept.size(); ++i) {
        while (is_placeholder(next) && written.indexOf(next) >= 0) ++next;
        if (!is_placeholder(next)) break;  // the rest is read as written
        marked.append(written, done, kept[i].begin - done);
        marked.append(next);
        placeholders[next++] = i;
        done = kept[i].end;
    }
    marked.append(written, done, written.length() - done);

    const icu::UnicodeString normalised = icu::UnicodeString::fromUTF8(normalize_for_speech(utf8(marked), locale_));
    std::string out;
    icu::UnicodeString plain;  // text not yet written out
    auto flush_plain = [&] {
        out += xml_escaped(utf8(plain));
        plain.remove();
    };
    for (int32_t i = 0; i < normalised.length();) {
        const UChar32 c = normalised.char32At(i);
        const auto placeholder = c <= 0xFFFF ? placeholders.find(static_cast<char16_t>(c)) : placeholders.end();
        if (placeholder != placeholders.end()) {
            flush_plain();
            if (!out.empty() && out.back() != ' ') out += ' ';
            out += xml_escaped(kept[placeholder->second].reading) + ' ';
            i += 1;
            continue;
        }
        if (!chinese_ && is_han(c)) {
            const int32_t end = run_end(normalised, i, is_han);
            flush_plain();
            out += han_run(normalised.tempSubStringBetween(i, end));
            i = end;
            continue;
        }
        if (!korean_ && is_hangul(c)) {
            const int32_t end = run_end(normalised, i, is_hangul);
            flush_plain();
            out += hangul_run(normalised.tempSubStringBetween(i, end));
            i = end;
            continue;
        }
        plain.append(c);
        i = normalised.moveIndex32(i, 1);
    }
    flush_plain();
    if (!out.empty() && out.back() == ' ' && (text.empty() || text.back() != ' ')) out.pop_back();
    return out;
}

}  // namespace kiosk
