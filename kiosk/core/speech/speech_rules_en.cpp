// How numbers in English text are read aloud (voice en-us).

#include "core/speech/measure_symbols.h"
#include "core/speech/number_words.h"
#include "core/speech/speech_rules.h"

#include <array>

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

constexpr std::string_view kMonth =
    "January|February|March|April|May|June|July|August|September|October|November|December";

icu::UnicodeString month_name(const icu::UnicodeString& written) {
    static constexpr std::array<const char16_t*, 12> kMonths = {u"January",   u"February", u"March",    u"April",
                                                                u"May",       u"June",     u"July",     u"August",
                                                                u"September", u"October",  u"November", u"December"};
    const auto value = number_words::calendar_value(written).value_or(1);
    return kMonths[static_cast<std::size_t>(value < 1 || value > 12 ? 0 : value - 1)];
}

icu::UnicodeString day_ordinal(const icu::UnicodeString& written) {
    return number_words::english_ordinal(number_words::calendar_value(written).value_or(0));
}

// Whether the number just before a unit is exactly one: "1 kg" is one kilogram, "1.5 kg"
// and "21 kg" are kilograms.
bool ends_with_one(const icu::UnicodeString& before) {
    int32_t end = before.length();
    while (end > 0 && before[end - 1] == u' ') --end;
    if (end == 0 || before[end - 1] != u'1') return false;
    if (end == 1) return true;
    const char16_t previous = before[end - 2];
    return !(previous >= u'0' && previous <= u'9') && previous != u'.' && previous != u',';
}

icu::UnicodeString read_dash_between_times(const RuleMatch&) { return u"to"; }

icu::UnicodeString read_sign(const RuleMatch& m) {
    return sign_word(m.group(1), {u"minus", u"plus", u"plus or minus", u"minus or plus"});
}

// 2019/2/10, 2019-02-10, 2019·2·10: written year first in China, said month first here.
icu::UnicodeString read_date(const RuleMatch& m) {
    icu::UnicodeString out = month_name(m.group(3)) + u" ";
    if (m.has(4)) out += day_ordinal(m.group(4)) + u", ";
    return out + year_words(m.group(1));
}

icu::UnicodeString read_month_day(const RuleMatch& m) { return m.group(1) + u" " + day_ordinal(m.group(2)); }

icu::UnicodeString read_day_month(const RuleMatch& m) {
    return u"the " + day_ordinal(m.group(1)) + u" of " + m.group(2);
}

// 8:30 → eight thirty, 8:05 → eight oh five, 8:00 → eight o'clock, 8:00 am → eight a.m.
icu::UnicodeString read_time(const RuleMatch& m) {
    const int64_t minute = number_words::calendar_value(m.group(2)).value_or(0);
    icu::UnicodeString out = number_words::cardinal(number_words::calendar_value(m.group(1)).value_or(0), kEnglish);
    if (minute > 0) out += (minute < 10 ? u" oh " : u" ") + number_words::cardinal(minute, kEnglish);
    if (m.has(3)) return out + (m.group(3).toLower() == u"a" ? u" a.m." : u" p.m.");
    return minute == 0 ? out + u" o'clock" : out;
}

// 1/3 → one third, 2/3 → two thirds, 1/2 → one half, 3/4 → three quarters.
icu::UnicodeString fraction_words(const icu::UnicodeString& numerator, const icu::UnicodeString& denominator) {
    const Number top = Number::parse(numerator);
    const auto bottom = Number::parse(denominator).whole_value();
    const bool one = top.whole_value() == 1;
    icu::UnicodeString out = words(numerator) + u" ";
    if (!bottom || *bottom < 2) return out + u"over " + words(denominator);
    if (*bottom == 2) return out + (one ? u"half" : u"halves");
    if (*bottom == 4) return out + (one ? u"quarter" : u"quarters");
    // 57/100 is fifty-seven hundredths: ICU's "one hundredth" without its "one".
    icu::UnicodeString ordinal = number_words::english_ordinal(*bottom);
    if (ordinal.startsWith(u"one ")) ordinal.remove(0, 4);
    return out + ordinal + (one ? u"" : u"s");
}

icu::UnicodeString read_fraction(const RuleMatch& m) { return fraction_words(m.group(1), m.group(2)); }

icu::UnicodeString read_mixed_fraction(const RuleMatch& m) {
    return words(m.group(1)) + u" and " + fraction_words(m.group(2), m.group(3));
}

icu::UnicodeString read_around_the_clock(const RuleMatch&) { return u"twenty-four seven"; }

icu::UnicodeString read_permille(const RuleMatch& m) { return words(m.group(1)) + u" per mille"; }

// $2.50 → two dollars and fifty cents; $0.99 → ninety-nine cents.
icu::UnicodeString dollars_and_cents(const Number& amount, const SymbolWords& currency) {
    const int64_t cents = std::stoll(amount.fraction);
    icu::UnicodeString cent_words = number_words::cardinal(cents, kEnglish) + (cents == 1 ? u" cent" : u" cents");
    const int64_t whole = amount.integer_value().value_or(0);
    if (whole == 0) return cent_words;
    icu::UnicodeString out = number_words::cardinal(whole, kEnglish) + u" " +
                             (whole == 1 ? currency.english_singular : currency.english_plural);
    return cents == 0 ? out : out + u" and " + cent_words;
}

// $100 → one hundred dollars, $1–5 → one to five dollars, $2.5 million → two point five
// million dollars: the currency said after the amount.
icu::UnicodeString read_currency(const RuleMatch& m) {
    const SymbolWords* currency = find_symbol(currency_symbols(), m.group(1));
    const Number amount = Number::parse(m.group(2));
    const bool single = !m.has(3) && !m.has(4);
    if (currency == nullptr) return words(m.group(2));
    if (single && currency->english_cents && amount.fraction.size() == 2 && amount.integer_value()) {
        return dollars_and_cents(amount, *currency);
    }
    icu::UnicodeString out = words(m.group(2));
    if (m.has(3)) out += u" to " + words(m.group(3));
    if (m.has(4)) out += u" " + m.group(4);
    const bool one = single && amount.whole_value() == 1;
    return out + u" " + (one ? currency->english_singular : currency->english_plural);
}

// The unit after a number that has just been read: 25 kg → kilograms, 1 kg → kilogram.
icu::UnicodeString read_unit(const RuleMatch& m) {
    const SymbolWords* unit = find_symbol(unit_symbols(), m.group(1));
    if (unit == nullptr) return m.group(1);
    return ends_with_one(m.before()) ? unit->english_singular : unit->english_plural;
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
            {"((?:19|20)[0-9]{2})\\s*([/／·・.\\-－])\\s*(0?[1-9]|1[0-2])\\s*\\2\\s*(0?[1-9]|[12][0-9]|3[01])(?![0-9])",
             read_date},
            {"((?:19|20)[0-9]{2})\\s*([/／·・])\\s*(0?[1-9]|1[0-2])(?![0-9]|\\s*[/／·・.]\\s*[0-9])", read_date},
            {"\\b({MONTH})\\s+0?([1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?(?![0-9])", read_month_day},
            {"(?<![0-9])0?([1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?\\s+({MONTH})\\b", read_day_month},
            {"(?<![0-9:.])([01]?[0-9]|2[0-3]):([0-5][0-9])(?![0-9]|:[0-9])(?:\\s*(?i:([ap])\\.?m\\.?)(?![A-Za-z]))?",
             read_time},
            {"(?<=[0-9]:[0-9]{2})\\s*{DASH}\\s*(?=[0-9]{1,2}:[0-9]{2})", read_dash_between_times},
            {"(?<![0-9A-Za-z.,%)\\]])({SIGN})(?=[0-9])", read_sign},
            {"({CURSYM})\\s*({NUM})(?:\\s*{DASH}\\s*(?:{CURSYM})?\\s*({NUM}))?(?:\\s*(thousand|million|billion|"
             "trillion)\\b)?",
             read_currency},
            {"(?<=[0-9][ \\t]{0,2})\\s*({UNITSYM})(?![A-Za-z])", read_unit},
            {"(?<![0-9/.])24/7(?![0-9])", read_around_the_clock},
            {"(?<![0-9/.])([0-9]+)\\s+([0-9]+)\\s*[/／⁄]\\s*([0-9]+)(?![0-9]|\\s*[/／⁄.·]\\s*[0-9])",
             read_mixed_fraction},
            {"(?<![0-9/.])([0-9]+)\\s*[/／⁄]\\s*([0-9]+)(?![0-9]|\\s*[/／⁄.·]\\s*[0-9])", read_fraction},
            // KIOSK CONVENTION: years in pairs (twenty twenty-one), phone numbers and
            // any run of 5 or more digits with no unit digit by digit (one two three
            // eight five), as English speakers dial and say them.
            {"\\b({YEAR})\\s*{DASH}\\s*({YEAR})(?![0-9]|[.,][0-9])(?!\\s*(?i:{UNIT})\\b)(?!{NOT_UNIT})",
             read_year_range},
            {"(?i)\\b(hotline|helpline|phone|telephone|tel|call|dial|number)(\\.?\\s*:?\\s*)([0-9]{3,4})"
             "(?![0-9]|[.,][0-9])",
             read_phone_after_keyword},
            {"([0-9]{3,4})[-－]([0-9]{7,8})(?![0-9])", read_phone_with_area_code},
            {"([0-9]{5,})(?![0-9]|[.,][0-9]|\\s*(?i:{UNIT})\\b)(?!{NOT_UNIT})", read_phone},
            {"({OP})\\s*({NUM})\\s*(%|％|percent\\b)?", read_comparison},
            {"({NUM})\\s*[%％]?\\s*{DASH}\\s*({NUM})\\s*[%％]", read_percent_range},
            {"({NUM})\\s*[%％]", read_percent},
            {"({NUM})\\s*‰", read_permille},
            {"({NUM})\\s*{DASH}\\s*({NUM})", read_range},
            {"([1-9][0-9]{0,14})(?:st|nd|rd|th)\\b", read_ordinal},
            {"([0-9]+)\\(([0-9]+)\\)(?:\\s*([0-9]+)(?![0-9]|[.,][0-9]))?", read_section},
            {"({YEAR})(?![0-9]|[.,][0-9])(?!\\s*(?i:{UNIT})\\b)(?!{NOT_UNIT})", read_year},
            {"({NUM})", read_number},
        },
        {{"{UNIT}", kUnits}, {"{YEAR}", kYear}, {"{MONTH}", kMonth}, {"{NOT_UNIT}", "\\s*(?:{UNITSYM})(?![A-Za-z])"}});
    return rules;
}

}  // namespace kiosk::speech_rules
