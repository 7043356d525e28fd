// How numbers in Korean text are read aloud (voice ko, which reads Hangul).

#include "core/speech/measure_symbols.h"
#include "core/speech/number_words.h"
#include "core/speech/speech_rules.h"

#include <array>

namespace kiosk::speech_rules {

namespace {

using number_words::Language;
using number_words::Number;

constexpr Language kKorean = Language::korean;

// Counters and units a number is read with. Korean spells a number and its unit as two
// words (이천이십오 년), so the reading puts a space between them. Longer words first:
// 개월 and 개년 are not 개.
constexpr std::string_view kUnits =
    "퍼센트|%|％|개년|개월|개소|가구|가지|시간|마리|사람|위안|달러|킬로미터|미터|명|개|살|곳|권|세|년|원|건|회|항|호|"
    "인|층|번";

// Counters that count with native Korean numbers (다섯 명, 두 개, 여섯 살); the others,
// and every number from 100, are Sino-Korean (육 세, 오 년, 백 명).
bool counts_natively(const icu::UnicodeString& unit) {
    for (const char16_t* native : {u"명", u"개", u"살", u"가지", u"곳", u"시간", u"마리", u"사람", u"권"}) {
        if (unit == native) return true;
    }
    return false;
}

icu::UnicodeString unit_word(const icu::UnicodeString& unit) {
    if (unit == u"%" || unit == u"％") return u"퍼센트";
    const SymbolWords* symbol = find_symbol(unit_symbols(), unit);
    return symbol != nullptr ? icu::UnicodeString(symbol->korean_after) : unit;
}

// Units said before the number: 섭씨 (38°C → 섭씨 삼십팔 도), 시속 (60km/h).
icu::UnicodeString unit_prefix(const icu::UnicodeString& unit) {
    const SymbolWords* symbol = find_symbol(unit_symbols(), unit);
    return symbol != nullptr && *symbol->korean_before != u'\0' ? symbol->korean_before + icu::UnicodeString(u" ")
                                                                : icu::UnicodeString();
}

// The number with its unit, if any: "5명" → "다섯 명", "90%" → "구십 퍼센트",
// "25kg" → "이십오 킬로그램", "2h" → "두 시간".
icu::UnicodeString count(const icu::UnicodeString& written, const icu::UnicodeString& unit) {
    const Number number = Number::parse(written);
    const auto value = number.whole_value();
    const icu::UnicodeString word = unit_word(unit);
    icu::UnicodeString out = value && *value >= 1 && *value <= 99 && counts_natively(word)
                                 ? number_words::korean_native_attributive(*value)
                                 : number_words::cardinal(number, kKorean);
    if (!word.isEmpty()) out += u" " + word;
    return unit_prefix(unit) + out;
}

// Korean puts the comparison after the amount: 90퍼센트 초과, 60퍼센트 이상.
icu::UnicodeString comparison_word(const icu::UnicodeString& sign) {
    if (sign == u">" || sign == u"＞") return u"초과";
    if (sign == u"<" || sign == u"＜") return u"미만";
    if (sign == u"≤" || sign == u"≦" || sign == u"⩽") return u"이하";
    return u"이상";
}

bool ends_in_consonant(const icu::UnicodeString& word) {
    const char16_t last = word.isEmpty() ? u'\0' : word[word.length() - 1];
    return last >= 0xAC00 && last <= 0xD7A3 && (last - 0xAC00) % 28 != 0;
}

bool ends_in_rieul(const icu::UnicodeString& word) {
    const char16_t last = word.isEmpty() ? u'\0' : word[word.length() - 1];
    return last >= 0xAC00 && last <= 0xD7A3 && (last - 0xAC00) % 28 == 8;
}

// The writer chose the particle for "%" (퍼센트는); after 이상 or 미만 it must change with
// the closed syllable: 이상은, 미만을, 이상으로.
icu::UnicodeString particle_after(const icu::UnicodeString& word, const icu::UnicodeString& particle) {
    if (!ends_in_consonant(word)) return particle;
    if (particle == u"는") return u"은";
    if (particle == u"를") return u"을";
    if (particle == u"가") return u"이";
    if (particle == u"와") return u"과";
    if (particle == u"로" && !ends_in_rieul(word)) return u"으로";
    return particle;
}

// 9:00~17:00 → 아홉 시에서 십칠 시.
icu::UnicodeString read_dash_between_times(const RuleMatch&) { return u"에서 "; }

icu::UnicodeString read_sign(const RuleMatch& m) {
    return sign_word(m.group(1), {u"마이너스 ", u"플러스 ", u"플러스마이너스 ", u"마이너스플러스 "});
}

// -5°C → 섭씨 영하 오 도: below zero is 영하, said after the scale.
icu::UnicodeString read_temperature_below_zero(const RuleMatch& m) {
    return unit_prefix(m.group(2)) + u"영하 " + number_words::cardinal(Number::parse(m.group(1)), kKorean) + u" " +
           unit_word(m.group(2));
}

// Month names are fixed words, two of them irregular: 유월 (6), 시월 (10).
icu::UnicodeString month_word(const icu::UnicodeString& written) {
    static constexpr std::array<const char16_t*, 12> kMonths = {
        u"일월", u"이월", u"삼월", u"사월", u"오월", u"유월", u"칠월", u"팔월", u"구월", u"시월", u"십일월", u"십이월"};
    const auto value = number_words::calendar_value(written).value_or(1);
    return kMonths[static_cast<std::size_t>(value < 1 || value > 12 ? 0 : value - 1)];
}

icu::UnicodeString day_words(const icu::UnicodeString& written) {
    return number_words::cardinal(number_words::calendar_value(written).value_or(0), kKorean) + u" 일";
}

// 2019/2/10, 2019·2·10 → 이천십구 년 이월 십 일.
icu::UnicodeString read_date(const RuleMatch& m) {
    icu::UnicodeString out = count(m.group(1), u"년") + u" " + month_word(m.group(3));
    if (m.has(4)) out += u" " + day_words(m.group(4));
    return out;
}

icu::UnicodeString read_day(const RuleMatch& m) { return day_words(m.group(1)); }

// 8:30 → 여덟 시 삼십 분: hours of the clock are native numbers (1 to 12), minutes Sino.
icu::UnicodeString read_time(const RuleMatch& m) {
    const int64_t hour = number_words::calendar_value(m.group(1)).value_or(0);
    const int64_t minute = number_words::calendar_value(m.group(2)).value_or(0);
    icu::UnicodeString out = (hour >= 1 && hour <= 12 ? number_words::korean_native_attributive(hour)
                                                      : number_words::cardinal(hour, kKorean)) +
                             u" 시";
    if (minute > 0) out += u" " + number_words::cardinal(minute, kKorean) + u" 분";
    return out;
}

// 1/3 → 삼분의 일: the denominator first, as in 3분의 1.
icu::UnicodeString fraction_words(const icu::UnicodeString& numerator, const icu::UnicodeString& denominator) {
    return number_words::cardinal(Number::parse(denominator), kKorean) + u"분의 " +
           number_words::cardinal(Number::parse(numerator), kKorean);
}

icu::UnicodeString read_fraction(const RuleMatch& m) { return fraction_words(m.group(1), m.group(2)); }

// 1 1/5 → 일과 오분의 일.
icu::UnicodeString read_mixed_fraction(const RuleMatch& m) {
    const icu::UnicodeString whole = number_words::cardinal(Number::parse(m.group(1)), kKorean);
    return whole + particle_after(whole, u"와") + u" " + fraction_words(m.group(2), m.group(3));
}

icu::UnicodeString read_permille(const RuleMatch& m) {
    return number_words::cardinal(Number::parse(m.group(1)), kKorean) + u" 퍼밀";
}

// ₩100 → 백 원, $100 → 백 달러, ₩1만 → 만 원; a range reads like 1~5달러.
icu::UnicodeString read_currency(const RuleMatch& m) {
    const SymbolWords* currency = find_symbol(currency_symbols(), m.group(1));
    const icu::UnicodeString word = currency != nullptr ? currency->korean_after : u"";
    icu::UnicodeString scale = m.group(4);
    auto amount = [&scale](const icu::UnicodeString& written) {
        if (!scale.isEmpty() && Number::parse(written).whole_value() == 1) return scale;  // 만 원, not 일만 원
        return number_words::cardinal(Number::parse(written), kKorean) + scale;
    };
    if (!m.has(3)) return amount(m.group(2)) + u" " + word;
    return amount(m.group(2)) + u" " + word + u"부터 " + amount(m.group(3)) + u" " + word + u"까지";
}

icu::UnicodeString read_phone_after_keyword(const RuleMatch& m) {
    return m.group(1) + m.group(2) + number_words::phone_digits(Number::parse(m.group(3)).integer, kKorean);
}

icu::UnicodeString read_phone_with_area_code(const RuleMatch& m) {
    return number_words::phone_digits(Number::parse(m.group(1)).integer, kKorean) + u", " +
           number_words::phone_digits(Number::parse(m.group(2)).integer, kKorean);
}

icu::UnicodeString read_phone(const RuleMatch& m) {
    return number_words::phone_digits(Number::parse(m.group(1)).integer, kKorean);
}

icu::UnicodeString read_comparison(const RuleMatch& m) {
    const icu::UnicodeString word = comparison_word(m.group(1));
    return count(m.group(2), m.group(3)) + u" " + word + m.group(4) + particle_after(word, m.group(5));
}

// Koreans say the English name of the network generation: 파이브지, not 오지.
icu::UnicodeString read_network_generation(const RuleMatch& m) {
    static constexpr std::array<const char16_t*, 10> kEnglishDigits = {u"제로",   u"원",   u"투",   u"스리", u"포",
                                                                       u"파이브", u"식스", u"세븐", u"에잇", u"나인"};
    return icu::UnicodeString(kEnglishDigits[static_cast<std::size_t>(m.group(1)[0] - u'0')]) + u"지";
}

// With a unit, "2021~2025년" is said 이천이십일 년부터 이천이십오 년까지; a bare range
// "3~5" is 삼에서 오.
icu::UnicodeString read_range(const RuleMatch& m) {
    const icu::UnicodeString unit = m.group(3);
    if (unit.isEmpty()) return count(m.group(1), unit) + u"에서 " + count(m.group(2), unit);
    return count(m.group(1), unit) + u"부터 " + count(m.group(2), unit) + u"까지";
}

icu::UnicodeString read_month(const RuleMatch& m) { return month_word(m.group(1)); }

// 첫 번째, 두 번째, 열한 번째.
icu::UnicodeString read_ordinal(const RuleMatch& m) {
    const int64_t value = *Number::parse(m.group(1)).whole_value();
    return (value == 1 ? icu::UnicodeString(u"첫") : number_words::korean_native_attributive(value)) + u" 번째";
}

// "1만 위안" is 만 위안 (also 천, 백): Korean does not say the one.
icu::UnicodeString read_leading_one(const RuleMatch&) { return {}; }

icu::UnicodeString read_section(const RuleMatch& m) {
    icu::UnicodeString out = count(m.group(1), {}) + u", " + count(m.group(2), {});
    if (m.has(3)) out += u", " + count(m.group(3), {});
    return out;
}

icu::UnicodeString read_count(const RuleMatch& m) { return count(m.group(1), m.group(2)); }

}  // namespace

const std::vector<SpeechRule>& korean_rules() {
    static const std::vector<SpeechRule> rules = compile_rules(
        {
            {"((?:19|20)[0-9]{2})\\s*([/／·・.\\-－])\\s*(0?[1-9]|1[0-2])\\s*\\2\\s*(0?[1-9]|[12][0-9]|3[01])(?![0-9])",
             read_date},
            {"((?:19|20)[0-9]{2})\\s*([/／·・])\\s*(0?[1-9]|1[0-2])(?![0-9]|\\s*[/／·・.]\\s*[0-9])", read_date},
            {"(?<![0-9:.])([01]?[0-9]|2[0-3]):([0-5][0-9])(?![0-9]|:[0-9])", read_time},
            {"(?<=[0-9]:[0-9]{2})\\s*{DASH}\\s*(?=[0-9]{1,2}:[0-9]{2})", read_dash_between_times},
            {"(?<![0-9\\p{L}.,%)\\]])[-−－]({NUM})\\s*(°C|℃|°F|℉)", read_temperature_below_zero},
            {"(?<![0-9\\p{L}.,%)\\]])({SIGN})(?=[0-9])", read_sign},
            {"({CURSYM})\\s*({NUM})(?:\\s*{DASH}\\s*(?:{CURSYM})?\\s*({NUM}))?(?:\\s*(만|억|천))?", read_currency},
            {"(?<![0-9/.])([0-9]+)\\s+([0-9]+)\\s*[/／⁄]\\s*([0-9]+)(?![0-9]|\\s*[/／⁄.·]\\s*[0-9])",
             read_mixed_fraction},
            {"(?<![0-9/.])([0-9]+)\\s*[/／⁄]\\s*([0-9]+)(?![0-9]|\\s*[/／⁄.·]\\s*[0-9])", read_fraction},
            // KIOSK CONVENTION: phone numbers, and any run of 5 or more digits with no unit,
            // digit by digit with 공 for zero (일 이 삼 팔 오), as callers dial them. Korean
            // reads years as the whole number (이천이십일 년), as Koreans say them.
            {"(전화번호|전화|번호|핫라인|콜센터)([：:\\s]*)([0-9]{3,4})(?![0-9])", read_phone_after_keyword},
            {"([0-9]{3,4})[-－]([0-9]{7,8})(?![0-9])", read_phone_with_area_code},
            {"([0-9]{5,})(?![0-9]|[.,][0-9]|\\s*(?:{UNIT}|만|천|억|여)|{NOT_UNIT})", read_phone},
            {"({OP})\\s*({NUM})\\s*({UNIT}|{SYMBOL_UNIT})?([”\"’'」]?)(?:(는|를|가|와|로)(?![가-힣]))?",
             read_comparison},
            {"([2-6])G(?![A-Za-z])", read_network_generation},
            {"({NUM})\\s*{DASH}\\s*({NUM})\\s*({UNIT}|{SYMBOL_UNIT})?", read_range},
            {"({NUM})\\s*‰", read_permille},
            {"(?<![0-9])0?(1[0-2]|[1-9])월", read_month},
            {"(?<![0-9])0?([12][0-9]|3[01]|[1-9])\\s*일", read_day},
            {"([1-9][0-9]?)\\s*번째", read_ordinal},
            {"1(?=[만천백](?![0-9]))", read_leading_one},
            {"([0-9]+)\\(([0-9]+)\\)(?:\\s*([0-9]+)(?![0-9]|[.,][0-9]))?", read_section},
            {"({NUM})(?:\\s*({UNIT}|{SYMBOL_UNIT}))?", read_count},
        },
        {{"{UNIT}", kUnits},
         {"{SYMBOL_UNIT}", "(?:{UNITSYM})(?![A-Za-z])"},
         {"{NOT_UNIT}", "\\s*(?:{UNITSYM})(?![A-Za-z])"}});
    return rules;
}

}  // namespace kiosk::speech_rules
