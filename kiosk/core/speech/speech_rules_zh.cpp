// How numbers in Chinese text are read aloud (voice cmn-latn-pinyin reads Han characters
// well, so every reading here is written in Han characters).

#include "core/speech/measure_symbols.h"
#include "core/speech/number_words.h"
#include "core/speech/speech_rules.h"

namespace kiosk::speech_rules {

namespace {

using number_words::Language;
using number_words::Number;

constexpr Language kChinese = Language::chinese;

// Words after a number that make it an amount or a count, never a phone number.
constexpr std::string_view kUnits =
    "元|块|万|亿|千|百|人次|人|名|户|个|项|家|岁|次|年|月|日|天|号|种|所|座|套|张|台|件|位|例|条|倍|成|"
    "米|公里|小时|分钟|%|％";

// Measure words before which a lone 2 is 两: 两个, 两名, 两万 (but 第二项, 二月, 二年级).
bool takes_liang(const icu::UnicodeString& after) {
    if (after.startsWith(u"年级")) return false;
    if (unit_at_start(after) != nullptr) return true;  // 两千克, 两小时
    return !starting_word(after, {u"个", u"名", u"人", u"户", u"项",   u"家",   u"岁", u"次", u"种", u"位", u"件",
                                  u"条", u"张", u"台", u"套", u"所",   u"座",   u"元", u"块", u"倍", u"成", u"千",
                                  u"万", u"亿", u"天", u"周", u"小时", u"分钟", u"年", u"间", u"本", u"类"})
                .isEmpty();
}

// A quantity with whatever follows it: "2" before 个 is 两, otherwise ICU's words.
icu::UnicodeString count(const icu::UnicodeString& written, const icu::UnicodeString& after) {
    const Number number = Number::parse(written);
    if (number.whole_value() == 2 && takes_liang(after)) return u"两";
    return number_words::cardinal(number, kChinese);
}

icu::UnicodeString percent(const icu::UnicodeString& written) {
    const Number number = Number::parse(written);
    // 百分之百 is the set phrase for 100%; 百分之一百 is heard as a reading of the digits.
    if (number.whole_value() == 100) return u"百分之百";
    return u"百分之" + number_words::cardinal(number, kChinese);
}

// 至 and 到 are read as written; a dash or tilde between numbers is said 到.
icu::UnicodeString range_word(const icu::UnicodeString& separator) {
    return separator == u"至" ? icu::UnicodeString(u"至") : icu::UnicodeString(u"到");
}

icu::UnicodeString comparison_word(const icu::UnicodeString& sign) {
    // The pack itself explains "＞90%" as 高于 and "≥60%" as 不低于.
    if (sign == u">" || sign == u"＞") return u"高于";
    if (sign == u"<" || sign == u"＜") return u"低于";
    if (sign == u"≤" || sign == u"≦" || sign == u"⩽") return u"不高于";
    return u"不低于";
}

icu::UnicodeString calendar(const icu::UnicodeString& written) {
    return number_words::cardinal(number_words::calendar_value(written).value_or(0), kChinese);
}

// 2019/2/10, 2019-02-10, 2019·2·10 → 二零一九年二月十日 (the year digit by digit, as below).
icu::UnicodeString read_date(const RuleMatch& m) {
    icu::UnicodeString out =
        number_words::year(Number::parse(m.group(1)), kChinese) + u"年" + calendar(m.group(3)) + u"月";
    if (m.has(4)) out += calendar(m.group(4)) + u"日";
    return out;
}

// "08月08号": a calendar's leading zero is not said (八月八号, not 零八月零八号).
icu::UnicodeString read_padded_calendar_number(const RuleMatch& m) { return calendar(m.group(1)); }

// 8:30 → 八点三十分, 8:05 → 八点零五分, 2:00 → 两点, 03:04:05 → 三点零四分零五秒;
// 10:04pm → 下午十点零四分.
icu::UnicodeString clock_part(int64_t value, const char16_t* unit) {
    if (value == 0) return icu::UnicodeString(u"零") + unit;
    return (value < 10 ? u"零" : u"") + number_words::cardinal(value, kChinese) + unit;
}

icu::UnicodeString read_time(const RuleMatch& m) {
    const int64_t hour = number_words::calendar_value(m.group(1)).value_or(0);
    const int64_t minute = number_words::calendar_value(m.group(2)).value_or(0);
    icu::UnicodeString out;
    if (m.has(4)) out = m.group(4).toLower() == u"a" ? u"上午" : u"下午";
    out += hour == 2 ? icu::UnicodeString(u"两") : number_words::cardinal(hour, kChinese);
    out += u"点";
    if (m.has(3)) {
        const int64_t second = number_words::calendar_value(m.group(3)).value_or(0);
        return out + clock_part(minute, u"分") + clock_part(second, u"秒");
    }
    return minute == 0 ? out : out + clock_part(minute, u"分");
}

icu::UnicodeString read_ratio(const RuleMatch& m) {
    return number_words::cardinal(Number::parse(m.group(1)), kChinese) + u"比" +
           number_words::cardinal(Number::parse(m.group(2)), kChinese);
}

// 9:00-17:00: the dash between two clock times is said 到.
icu::UnicodeString read_dash_between_times(const RuleMatch&) { return u"到"; }

icu::UnicodeString read_sign(const RuleMatch& m) { return sign_word(m.group(1), {u"负", u"正", u"正负", u"负正"}); }

// 1/3 → 三分之一: the denominator first. "1又1/5" needs nothing more: 一又五分之一.
icu::UnicodeString fraction_words(const icu::UnicodeString& numerator, const icu::UnicodeString& denominator) {
    return number_words::cardinal(Number::parse(denominator), kChinese) + u"分之" +
           number_words::cardinal(Number::parse(numerator), kChinese);
}

icu::UnicodeString read_fraction(const RuleMatch& m) { return fraction_words(m.group(1), m.group(2)); }

// 1 1/5, written with a space, is said as 1又1/5: 一又五分之一.
icu::UnicodeString read_mixed_fraction(const RuleMatch& m) {
    return number_words::cardinal(Number::parse(m.group(1)), kChinese) + u"又" + fraction_words(m.group(2), m.group(3));
}

icu::UnicodeString read_permille(const RuleMatch& m) {
    return u"千分之" + number_words::cardinal(Number::parse(m.group(1)), kChinese);
}

// ￥5 → 五元, $1-5 → 一到五美元, ￥2.5万 → 二点五万元: the currency after the amount.
icu::UnicodeString read_currency(const RuleMatch& m) {
    const SymbolWords* currency = find_symbol(currency_symbols(), m.group(1));
    const icu::UnicodeString scale = m.group(5);
    const icu::UnicodeString measure = scale.isEmpty() ? icu::UnicodeString(u"元") : scale;
    icu::UnicodeString out = count(m.group(2), measure);
    if (m.has(4)) out += range_word(m.group(3)) + count(m.group(4), measure);
    return out + scale + (currency != nullptr ? currency->chinese : u"");
}

// The unit after a number that has just been read: 25kg → 二十五千克, 5-10kg → 五到十千克.
icu::UnicodeString read_unit(const RuleMatch& m) {
    const SymbolWords* unit = find_symbol(unit_symbols(), m.group(1));
    return unit != nullptr ? icu::UnicodeString(unit->chinese) : m.group(1);
}

icu::UnicodeString read_year_range(const RuleMatch& m) {
    return number_words::year(Number::parse(m.group(1)), kChinese) + range_word(m.group(2)) +
           number_words::year(Number::parse(m.group(3)), kChinese);
}

icu::UnicodeString read_year(const RuleMatch& m) { return number_words::year(Number::parse(m.group(1)), kChinese); }

// "2021年-2025年": the dash after the first 年 is said 到.
icu::UnicodeString read_dash_between_years(const RuleMatch&) { return u"年到"; }

icu::UnicodeString read_phone_after_keyword(const RuleMatch& m) {
    return m.group(1) + m.group(2) + number_words::phone_digits(Number::parse(m.group(3)).integer, kChinese);
}

// 0432-62345678: area code and number, with a pause where the dash was.
icu::UnicodeString read_phone_with_area_code(const RuleMatch& m) {
    return number_words::phone_digits(Number::parse(m.group(1)).integer, kChinese) + u"，" +
           number_words::phone_digits(Number::parse(m.group(2)).integer, kChinese);
}

icu::UnicodeString read_phone(const RuleMatch& m) {
    return number_words::phone_digits(Number::parse(m.group(1)).integer, kChinese);
}

icu::UnicodeString read_comparison(const RuleMatch& m) {
    const icu::UnicodeString amount = m.has(3) ? percent(m.group(2)) : count(m.group(2), m.after());
    return comparison_word(m.group(1)) + amount;
}

icu::UnicodeString read_percent_range(const RuleMatch& m) {
    return percent(m.group(1)) + range_word(m.group(2)) + percent(m.group(3));
}

icu::UnicodeString read_percent(const RuleMatch& m) { return percent(m.group(1)); }

// Both ends share the measure word after the range: 2-3个 → 两到三个.
icu::UnicodeString read_range(const RuleMatch& m) {
    const icu::UnicodeString after = m.after();
    return count(m.group(1), after) + range_word(m.group(2)) + count(m.group(3), after);
}

// 第3-5项 is 第三到五项.
icu::UnicodeString read_ordinal_range(const RuleMatch& m) {
    return m.group(1) + number_words::cardinal(Number::parse(m.group(2)), kChinese) + range_word(m.group(3)) +
           number_words::cardinal(Number::parse(m.group(4)), kChinese);
}

// 第2项 is 第二项: an ordinal never takes 两.
icu::UnicodeString read_ordinal(const RuleMatch& m) {
    return m.group(1) + number_words::cardinal(Number::parse(m.group(2)), kChinese);
}

icu::UnicodeString read_count(const RuleMatch& m) { return count(m.group(1), m.after()); }

}  // namespace

const std::vector<SpeechRule>& chinese_rules() {
    static const std::vector<SpeechRule> rules = compile_rules(
        {
            {"((?:19|20)[0-9]{2})\\s*([/／·・.\\-－])\\s*(0?[1-9]|1[0-2])\\s*\\2\\s*(0?[1-9]|[12][0-9]|3[01])(?![0-9])",
             read_date},
            {"((?:19|20)[0-9]{2})\\s*([/／·・])\\s*(0?[1-9]|1[0-2])(?![0-9]|\\s*[/／·・.]\\s*[0-9])", read_date},
            {"(?<![0-9])0([1-9])(?=\\s*[月日号])", read_padded_calendar_number},
            // A ratio is not a time: 师生比1:10 is 一比十.
            {"(?<=比|比例|比为|比例为|之比)({NUM})\\s*[:：]\\s*({NUM})", read_ratio},
            {"(?<![0-9:：.]|比|比例|比为|比例为|之比)([01]?[0-9]|2[0-3])[:：]([0-5][0-9])(?:[:：]([0-5][0-9]))?(?![0-9]"
             "|[:：][0-9])"
             "(?:\\s*([AaPp])\\.?[Mm]\\.?(?![A-Za-z]))?",
             read_time},
            {"(?<=[0-9][:：][0-9]{2})\\s*{DASH}\\s*(?=[0-9]{1,2}[:：][0-9]{2})", read_dash_between_times},
            {"(?<![0-9A-Za-z.,%％)）\\]】年月日号元岁天人次个项])({SIGN})(?=[0-9]|百分之|千分之)", read_sign},
            // Years of an era are read digit by digit whatever their length: 公元前202年.
            {"(?<=公元前|公元)([0-9]{1,4})(?=\\s*年)", read_year},
            {"({CURSYM})\\s*({NUM})(?:\\s*({DASH}|至|到)\\s*(?:{CURSYM})?\\s*({NUM}))?(?:\\s*(万亿|万|亿))?",
             read_currency},
            {"(?<=[0-9][ \\t]{0,2})\\s*({UNITSYM})(?![A-Za-z])", read_unit},
            {"(?<![0-9/／.])([0-9]+)\\s+([0-9]+)\\s*[/／⁄]\\s*([0-9]+)(?![0-9]|\\s*[/／⁄.·]\\s*[0-9])",
             read_mixed_fraction},
            {"(?<![0-9/／.])([0-9]+)\\s*[/／⁄]\\s*([0-9]+)(?![0-9]|\\s*[/／⁄.·]\\s*[0-9])", read_fraction},
            // KIOSK CONVENTION: years are read digit by digit (二零二一年), as residents say
            // them, not as the quantity 两千零二十一: a four-digit number before 年, in
            // 〔2015〕, or the year of a date above. Chosen here and in number_words::year.
            {"([0-9]{4})\\s*({DASH}|至|到)\\s*([0-9]{4})(?=\\s*年(?!级))", read_year_range},
            {"([0-9]{4})(?=\\s*年(?!级))", read_year},
            {"年\\s*{DASH}\\s*(?=[0-9]{4}\\s*年)", read_dash_between_years},
            {"(?<=[〔\\[［])([0-9]{4})(?=[〕\\]］])", read_year},
            // KIOSK CONVENTION: phone numbers are read digit by digit with 幺 for one, so 1
            // is not heard as 七 (幺二三八五): 3 or 4 digits after a word that announces
            // one, and any run of 5 or more digits that no unit makes an amount. A general
            // normaliser would read 12385 as 一万两千三百八十五; callers dial digits.
            {"(热线|电话|拨打|致电|号码|呼叫)([：:\\s]*)([0-9]{3,4})(?![0-9])", read_phone_after_keyword},
            {"([0-9]{3,4})[-－]([0-9]{7,8})(?![0-9])", read_phone_with_area_code},
            {"([0-9]{5,})(?![0-9]|[.,][0-9]|\\s*[多余]?\\s*(?:{UNIT})|\\s*(?:{UNITSYM})(?![A-Za-z]))", read_phone},
            {"({OP})\\s*({NUM})\\s*([%％])?", read_comparison},
            {"({NUM})\\s*[%％]?\\s*({DASH}|至|到)\\s*({NUM})\\s*[%％]", read_percent_range},
            {"({NUM})\\s*[%％]", read_percent},
            {"({NUM})\\s*‰", read_permille},
            {"({NUM})\\s*({DASH}|至|到)\\s*({NUM})", read_range},
            {"(第\\s*)({NUM})\\s*({DASH}|至|到)\\s*({NUM})", read_ordinal_range},
            {"(第\\s*)({NUM})", read_ordinal},
            // A space between a number and the next Han character only set digits apart
            // on screen ("专栏1 第4项"); spoken Chinese runs on, so the space goes too.
            {"({NUM})(?:[ \\t]+(?=\\p{Han}))?", read_count},
        },
        {{"{UNIT}", kUnits}});
    return rules;
}

}  // namespace kiosk::speech_rules
