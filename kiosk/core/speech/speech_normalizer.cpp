#include "core/speech/speech_normalizer.h"

#include "core/speech/measure_symbols.h"
#include "core/speech/speech_rules.h"
#include "core/text/locale_language.h"

#include <unicode/uchar.h>

#include <stdexcept>
#include <string>

namespace kiosk {

namespace speech_rules {

RuleMatch::RuleMatch(const icu::RegexMatcher& matcher, const icu::UnicodeString& text)
    : matcher_(matcher), text_(text) {}

bool RuleMatch::has(int32_t group) const {
    UErrorCode status = U_ZERO_ERROR;
    return matcher_.start(group, status) >= 0 && U_SUCCESS(status);
}

icu::UnicodeString RuleMatch::group(int32_t group) const {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString text = matcher_.group(group, status);
    return U_SUCCESS(status) ? text : icu::UnicodeString();
}

icu::UnicodeString RuleMatch::before() const {
    UErrorCode status = U_ZERO_ERROR;
    const int32_t start = matcher_.start(status);
    return U_SUCCESS(status) ? text_.tempSubString(0, start) : icu::UnicodeString();
}

icu::UnicodeString RuleMatch::after() const {
    UErrorCode status = U_ZERO_ERROR;
    int32_t start = matcher_.end(status);
    while (start < text_.length() && u_isspace(text_[start])) ++start;
    return text_.tempSubString(start);
}

namespace {

// A written number: digits with optional thousands commas and an optional decimal part.
// The comma form must cover the whole run, so "12,3456" is not read as 12,345 and a 6.
constexpr std::string_view kNumber = "(?:[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9]+)(?:\\.[0-9]+)?";
constexpr std::string_view kComparison = "[>＞≥≧⩾<＜≤≦⩽]";
constexpr std::string_view kDash = "[-‐–—−－~～〜]";
// A sign before a number: minus (hyphen, U+2212, full-width), plus, plus-minus.
constexpr std::string_view kSign = "[-−－+＋±∓]";

icu::UnicodeString expand(std::string_view pattern, const Placeholders& placeholders) {
    icu::UnicodeString text =
        icu::UnicodeString::fromUTF8(icu::StringPiece(pattern.data(), static_cast<int32_t>(pattern.size())));
    auto replace = [&text](std::string_view name, std::string_view value) {
        text.findAndReplace(
            icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), static_cast<int32_t>(name.size()))),
            icu::UnicodeString::fromUTF8(icu::StringPiece(value.data(), static_cast<int32_t>(value.size()))));
    };
    for (const auto& [name, value] : placeholders) replace(name, value);
    replace("{NUM}", kNumber);
    replace("{OP}", kComparison);
    replace("{DASH}", kDash);
    replace("{SIGN}", kSign);
    static const std::string units = symbol_alternation(unit_symbols());
    static const std::string currencies = symbol_alternation(currency_symbols());
    replace("{UNITSYM}", units);
    replace("{CURSYM}", currencies);
    return text;
}

}  // namespace

std::vector<SpeechRule> compile_rules(std::initializer_list<RuleSpec> specs, const Placeholders& placeholders) {
    std::vector<SpeechRule> rules;
    for (const auto& spec : specs) {
        UErrorCode status = U_ZERO_ERROR;
        UParseError error;
        std::unique_ptr<icu::RegexPattern> pattern(
            icu::RegexPattern::compile(expand(spec.pattern, placeholders), 0, error, status));
        if (U_FAILURE(status)) {
            throw std::runtime_error("speech rule " + std::string(spec.pattern) + ": " + u_errorName(status));
        }
        rules.push_back({std::move(pattern), spec.read});
    }
    return rules;
}

icu::UnicodeString starting_word(const icu::UnicodeString& text, std::initializer_list<const char16_t*> words) {
    for (const char16_t* word : words) {
        icu::UnicodeString candidate(word);
        if (text.startsWith(candidate)) return candidate;
    }
    return {};
}

}  // namespace speech_rules

namespace {

using speech_rules::SpeechRule;

bool is_full_width_digit(const icu::UnicodeString& text, int32_t i) {
    return i >= 0 && i < text.length() && text[i] >= u'０' && text[i] <= u'９';
}

// "２５，５００" is one number: a full-width comma followed by exactly three full-width
// digits, or a full-width point, between full-width digits belongs to it. Elsewhere "，"
// is a pause and stays.
char16_t folded_separator(const icu::UnicodeString& text, int32_t i) {
    const char16_t c = text[i];
    if ((c != u'，' && c != u'．') || !is_full_width_digit(text, i - 1)) return c;
    if (c == u'．') return is_full_width_digit(text, i + 1) ? u'.' : c;
    const bool three_digits = is_full_width_digit(text, i + 1) && is_full_width_digit(text, i + 2) &&
                              is_full_width_digit(text, i + 3) && !is_full_width_digit(text, i + 4);
    return three_digits ? u',' : c;
}

icu::UnicodeString fold_full_width_digits(const icu::UnicodeString& text) {
    icu::UnicodeString out(text);
    for (int32_t i = 0; i < text.length(); ++i) {
        if (is_full_width_digit(text, i)) {
            out.setCharAt(i, static_cast<char16_t>(u'0' + (text[i] - u'０')));
        } else {
            out.setCharAt(i, folded_separator(text, i));
        }
    }
    return out;
}

bool is_word_character(UChar32 c) { return u_isalnum(c) != 0; }

// English words need spaces around them where the digits had none: "5G" → "five G".
void append_spaced(icu::UnicodeString& out, const icu::UnicodeString& spoken, UChar32 next) {
    if (!out.isEmpty() && is_word_character(out.char32At(out.length() - 1)) && !spoken.isEmpty()) out += u' ';
    out += spoken;
    if (next != U_SENTINEL && is_word_character(next)) out += u' ';
}

icu::UnicodeString apply_rules(const icu::UnicodeString& text, const std::vector<SpeechRule>& rules,
                               bool separate_words) {
    UErrorCode status = U_ZERO_ERROR;
    std::vector<std::unique_ptr<icu::RegexMatcher>> matchers;
    for (const auto& rule : rules) matchers.emplace_back(rule.pattern->matcher(text, status));
    if (U_FAILURE(status)) throw std::runtime_error(std::string("speech rules: ") + u_errorName(status));

    // Every pattern reads a number or the unit right after one ("25kg", "25 kg"), so
    // past the spaces after the last digit there is nothing to do.
    int32_t last_digit = text.length() - 1;
    while (last_digit >= 0 && !(text[last_digit] >= u'0' && text[last_digit] <= u'9')) --last_digit;
    int32_t reach = last_digit + 1;
    while (reach < text.length() && (text[reach] == u' ' || text[reach] == u'\t')) ++reach;

    icu::UnicodeString out;
    int32_t position = 0;
    while (last_digit >= 0 && position <= reach && position < text.length()) {
        bool read = false;
        for (std::size_t i = 0; i < rules.size() && !read; ++i) {
            auto& matcher = *matchers[i];
            if (!matcher.lookingAt(position, status) || matcher.end(status) <= position) continue;
            const icu::UnicodeString spoken = rules[i].read(speech_rules::RuleMatch(matcher, text));
            position = matcher.end(status);
            if (separate_words) {
                append_spaced(out, spoken, position < text.length() ? text.char32At(position) : U_SENTINEL);
            } else {
                out += spoken;
            }
            read = true;
        }
        if (!read) {
            const UChar32 c = text.char32At(position);
            out += c;
            position += U16_LENGTH(c);
        }
    }
    out += text.tempSubString(position);
    return out;
}

// ASCII digits, or the UTF-8 of full-width ０ to ９ (EF BC 90 to EF BC 99).
bool has_digit(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] >= '0' && text[i] <= '9') return true;
        if (text.substr(i, 2) == "\xEF\xBC" && i + 2 < text.size() && static_cast<unsigned char>(text[i + 2]) >= 0x90 &&
            static_cast<unsigned char>(text[i + 2]) <= 0x99) {
            return true;
        }
    }
    return false;
}

}  // namespace

std::string normalize_for_speech(std::string_view text, std::string_view locale) {
    if (!has_digit(text)) return std::string(text);
    const icu::UnicodeString folded = fold_full_width_digits(
        icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size()))));
    const std::string language = language_of(locale);
    icu::UnicodeString spoken = folded;
    if (language == "zh") {
        spoken = apply_rules(folded, speech_rules::chinese_rules(), false);
    } else if (language == "en") {
        spoken = apply_rules(folded, speech_rules::english_rules(), true);
    } else if (language == "ko") {
        spoken = apply_rules(folded, speech_rules::korean_rules(), false);
    }
    std::string out;
    spoken.toUTF8String(out);
    return out;
}

}  // namespace kiosk
