#include "core/speech/unread_numbers.h"

#include "core/speech/speech_normalizer.h"
#include "core/text/locale_language.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

namespace kiosk {
namespace {

bool is_digit(UChar32 c) { return (c >= u'0' && c <= u'9') || (c >= u'０' && c <= u'９'); }

bool is_east_asian_letter(UChar32 c) {
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(c, &status);
    return U_SUCCESS(status) && (script == USCRIPT_HAN || script == USCRIPT_HANGUL || script == USCRIPT_HIRAGANA ||
                                 script == USCRIPT_KATAKANA);
}

// Letters of alphabets written between words (Latin, Greek μ, Cyrillic), not Han or Hangul.
bool is_latin_letter(UChar32 c) { return u_isalpha(c) && !is_east_asian_letter(c); }

// Symbols the synthesizer spells out or drops: math, currency, modifier and other
// symbols, superscripts (²), and the marks a number form may carry.
bool is_symbol(UChar32 c) {
    switch (u_charType(c)) {
        case U_MATH_SYMBOL:
        case U_CURRENCY_SYMBOL:
        case U_MODIFIER_SYMBOL:
        case U_OTHER_SYMBOL:
        case U_OTHER_NUMBER:
            return true;
        default:
            return c == u'%' || c == u'％' || c == u'‰' || c == u'/' || c == u'／' || c == u'·' || c == u'#' ||
                   c == u'&' || c == u'@' || c == u'*' || c == u'\\';
    }
}

// Where a number form ends: a space, a Han or Hangul character, a bracket or quote, or a
// pause mark. A point, comma or colon belongs to the number when a digit follows (2.5,
// 25,500, 10:30); 1/3, 2019·2·10 and 5% keep their marks.
bool ends_form(const icu::UnicodeString& text, int32_t i) {
    const UChar32 c = text.char32At(i);
    if (u_isUWhiteSpace(c) || is_east_asian_letter(c)) return true;
    switch (u_charType(c)) {
        case U_START_PUNCTUATION:
        case U_END_PUNCTUATION:
        case U_INITIAL_PUNCTUATION:
        case U_FINAL_PUNCTUATION:
            return true;
        case U_OTHER_PUNCTUATION:
            break;
        default:
            return false;
    }
    if (c == u'.' || c == u',' || c == u':') return !(i + 1 < text.length() && is_digit(text.char32At(i + 1)));
    return !is_symbol(c);
}

// A form worth reading alone: a digit with something other than digits, points and commas.
bool mixes_digits_and_marks(const icu::UnicodeString& form) {
    bool digit = false, mark = false;
    for (int32_t i = 0; i < form.length(); i = form.moveIndex32(i, 1)) {
        const UChar32 c = form.char32At(i);
        if (is_digit(c)) {
            digit = true;
        } else if (c != u'.' && c != u',') {
            mark = true;
        }
    }
    return digit && mark;
}

// Latin letters glued to Chinese or Korean words, with a lower-case letter among them: a
// unit the synthesizer would spell ("二十五kg"). Capitals alone are read as letter names,
// as people say them: 五G, A4.
bool latin_glued_to_words(const icu::UnicodeString& spoken) {
    for (int32_t i = 0; i < spoken.length();) {
        if (!is_latin_letter(spoken.char32At(i))) {
            i = spoken.moveIndex32(i, 1);
            continue;
        }
        const int32_t start = i;
        bool lower = false;
        while (i < spoken.length() && is_latin_letter(spoken.char32At(i))) {
            lower = lower || u_islower(spoken.char32At(i));
            i = spoken.moveIndex32(i, 1);
        }
        const bool glued = (start > 0 && is_east_asian_letter(spoken.char32At(start - 1))) ||
                           (i < spoken.length() && is_east_asian_letter(spoken.char32At(i)));
        if (lower && glued) return true;
    }
    return false;
}

// English puts spaces between words, so "5ft" comes out as "five ft": the letters glued to
// a digit in the text ("ft"), still there as a word after the number. Capitals alone
// are letter names, as in "5G".
bool letters_after_digit_kept(const icu::UnicodeString& written, const icu::UnicodeString& spoken) {
    for (int32_t i = 1; i < written.length(); ++i) {
        if (!is_digit(written.char32At(i - 1)) || !is_latin_letter(written.char32At(i))) continue;
        int32_t end = i;
        while (end < written.length() && is_latin_letter(written.char32At(end))) end = written.moveIndex32(end, 1);
        const icu::UnicodeString letters = written.tempSubString(i, end - i);
        if (icu::UnicodeString(letters).toUpper() == letters) continue;  // 5G: letter names
        for (int32_t at = spoken.indexOf(letters); at >= 0; at = spoken.indexOf(letters, at + 1)) {
            const bool starts_word = at == 0 || !is_latin_letter(spoken.char32At(at - 1));
            const int32_t after = at + letters.length();
            const bool ends_word = after >= spoken.length() || !is_latin_letter(spoken.char32At(after));
            if (starts_word && ends_word) return true;
        }
    }
    return false;
}

bool left_unread(const icu::UnicodeString& spoken, bool east_asian) {
    for (int32_t i = 0; i < spoken.length(); i = spoken.moveIndex32(i, 1)) {
        const UChar32 c = spoken.char32At(i);
        if (is_digit(c) || is_symbol(c)) return true;
        // A sign left in front of the words: "-五".
        if (i == 0 && u_charType(c) == U_DASH_PUNCTUATION && spoken.length() > 1 && u_isalpha(spoken.char32At(1))) {
            return true;
        }
    }
    return east_asian && latin_glued_to_words(spoken);
}

std::string utf8(const icu::UnicodeString& text) {
    std::string out;
    text.toUTF8String(out);
    return out;
}

}  // namespace

std::vector<UnreadNumber> unread_number_forms(std::string_view text, std::string_view locale) {
    const std::string language = language_of(locale);
    if (language != "zh" && language != "en" && language != "ko") return {};
    const icu::UnicodeString unicode =
        icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    std::vector<UnreadNumber> found;
    for (int32_t i = 0; i < unicode.length();) {
        if (ends_form(unicode, i)) {
            i = unicode.moveIndex32(i, 1);
            continue;
        }
        const int32_t start = i;
        while (i < unicode.length() && !ends_form(unicode, i)) i = unicode.moveIndex32(i, 1);
        const icu::UnicodeString form = unicode.tempSubString(start, i - start);
        if (!mixes_digits_and_marks(form)) continue;
        const std::string written = utf8(form);
        const std::string spoken = normalize_for_speech(written, locale);
        const icu::UnicodeString said = icu::UnicodeString::fromUTF8(spoken);
        const bool english = language == "en";
        if (left_unread(said, !english) || (english && letters_after_digit_kept(form, said))) {
            found.push_back({written, spoken, utf8(unicode.tempSubString(0, start)).size()});
        }
    }
    return found;
}

}  // namespace kiosk
