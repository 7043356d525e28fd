// How numbers in English text are read aloud (voice en-us).

#include "core/speech/number_words.h"
#include "core/speech/speech_rules.h"

namespace kiosk::speech_rules {

namespace {

using number_words::Language;
using number_words::Number;

constexpr Language kEnglish = Language::english;

// Words after a number that make it an amount or a count: not a phone number, not a year.
constexpr std::string_view kUnits =
    "yuan|rmb|dollars?|people|persons?|residents|households?|items?|times|years?|percent|%|thousand|"
    "million|billion|children|students|places|cent(?:re|er)s?|km|kilomet(?:re|er)s?|hours?|minutes?|"
    "days?|weeks?|months?";

// A year as written in this content: 1900 to 2099.
constexpr std::string_view kYear = "(?:19|20)[0-9]{2}";

icu::UnicodeString words(const icu::UnicodeString& written) {
    return number_words::cardinal(Number::parse(written), kEnglish);
}

icu::UnicodeString year_words(const icu::UnicodeString& written) {
    return number_words::year(Number::parse(written), kEnglish);
}

icu::UnicodeString comparison_words(const icu::UnicodeString& sign) {
    if (sign == u">" || sign == u"＞") return u"more than ";
    if (sign == u"<" || sign == u"＜") return u"less than ";
    if (sign == u"≤" || sign == u"≦" || sign == u"⩽") return u"at most ";
    return u"at least ";
}

icu::UnicodeString read_year_range(const RuleMatch& m) {
    return year_words(m.group(1)) + u" to " + year_words(m.group(2));
}

icu::UnicodeString read_phone_after_keyword(const RuleMatch& m) {
    return m.group(1) + m.group(2) + number_words::phone_digits(Number::parse(m.group(3)).integer, kEnglish);
}

icu::UnicodeString read_phone_with_area_code(const RuleMatch& m) {
    return number_words::phone_digits(Number::parse(m.group(1)).integer, kEnglish) + u", " +
           number_words::phone_digits(Number::parse(m.group(2)).integer, kEnglish);
}

icu::UnicodeString read_phone(const RuleMatch& m) {
    return number_words::phone_digits(Number::parse(m.group(1)).integer, kEnglish);
}

icu::UnicodeString read_comparison(const RuleMatch& m) {
    return comparison_words(m.group(1)) + words(m.group(2)) + (m.has(3) ? u" percent" : u"");
}

// "5-10%" is said "five to ten percent": the unit once, at the end.
icu::UnicodeString read_percent_range(const RuleMatch& m) {
    return words(m.group(1)) + u" to " + words(m.group(2)) + u" percent";
}

icu::UnicodeString read_percent(const RuleMatch& m) { return words(m.group(1)) + u" percent"; }

icu::UnicodeString read_range(const RuleMatch& m) { return words(m.group(1)) + u" to " + words(m.group(2)); }

icu::UnicodeString read_ordinal(const RuleMatch& m) {
    return number_words::english_ordinal(*Number::parse(m.group(1)).whole_value());
}

// "3(1)3", a numbered part of the plan: the numbers with pauses, not the brackets.
icu::UnicodeString read_section(const RuleMatch& m) {
    icu::UnicodeString out = words(m.group(1)) + u", " + words(m.group(2));
    if (m.has(3)) out += u", " + words(m.group(3));
    return out;
}

icu::UnicodeString read_year(const RuleMatch& m) { return year_words(m.group(1)); }

icu::UnicodeString read_number(const RuleMatch& m) { return words(m.group(1)); }

}  // namespace

const std::vector<SpeechRule>& english_rules() {
    static const std::vector<SpeechRule> rules = compile_rules(
        {
            {"\\b({YEAR})\\s*{DASH}\\s*({YEAR})(?![0-9]|[.,][0-9])(?!\\s*(?i:{UNIT})\\b)", read_year_range},
            {"(?i)\\b(hotline|helpline|phone|telephone|tel|call|dial|number)(\\.?\\s*:?\\s*)([0-9]{3,4})"
             "(?![0-9]|[.,][0-9])",
             read_phone_after_keyword},
            {"([0-9]{3,4})[-－]([0-9]{7,8})(?![0-9])", read_phone_with_area_code},
            {"([0-9]{5,})(?![0-9]|[.,][0-9]|\\s*(?i:{UNIT})\\b)", read_phone},
            {"({OP})\\s*({NUM})\\s*(%|％|percent\\b)?", read_comparison},
            {"({NUM})\\s*[%％]?\\s*{DASH}\\s*({NUM})\\s*[%％]", read_percent_range},
            {"({NUM})\\s*[%％]", read_percent},
            {"({NUM})\\s*{DASH}\\s*({NUM})", read_range},
            {"([1-9][0-9]{0,14})(?:st|nd|rd|th)\\b", read_ordinal},
            {"([0-9]+)\\(([0-9]+)\\)(?:\\s*([0-9]+)(?![0-9]|[.,][0-9]))?", read_section},
            {"({YEAR})(?![0-9]|[.,][0-9])(?!\\s*(?i:{UNIT})\\b)", read_year},
            {"({NUM})", read_number},
        },
        {{"{UNIT}", kUnits}, {"{YEAR}", kYear}});
    return rules;
}

}  // namespace kiosk::speech_rules
