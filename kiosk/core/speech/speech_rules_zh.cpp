// How numbers in Chinese text are read aloud (voice cmn-latn-pinyin reads Han characters
// well, so every reading here is written in Han characters).

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
    return !starting_word(after, {u"个", u"名", u"人", u"户", u"项", u"家", u"岁", u"次", u"种", u"位", u"件",
                                  u"条", u"张", u"台", u"套", u"所", u"座", u"元", u"块", u"倍", u"成", u"千",
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

icu::UnicodeString read_year_range(const RuleMatch& m) {
    return number_words::year(Number::parse(m.group(1)), kChinese) + range_word(m.group(2)) +
           number_words::year(Number::parse(m.group(3)), kChinese);
}

icu::UnicodeString read_year(const RuleMatch& m) {
    return number_words::year(Number::parse(m.group(1)), kChinese);
}

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

// 第2项 is 第二项: an ordinal never takes 两.
icu::UnicodeString read_ordinal(const RuleMatch& m) {
    return m.group(1) + number_words::cardinal(Number::parse(m.group(2)), kChinese);
}

icu::UnicodeString read_count(const RuleMatch& m) { return count(m.group(1), m.after()); }

}  // namespace

const std::vector<SpeechRule>& chinese_rules() {
    static const std::vector<SpeechRule> rules = compile_rules(
        {
            // Years are read digit by digit: a four-digit number before 年, or in 〔2015〕.
            {"([0-9]{4})\\s*({DASH}|至|到)\\s*([0-9]{4})(?=\\s*年(?!级))", read_year_range},
            {"([0-9]{4})(?=\\s*年(?!级))", read_year},
            {"年\\s*{DASH}\\s*(?=[0-9]{4}\\s*年)", read_dash_between_years},
            {"(?<=[〔\\[［])([0-9]{4})(?=[〕\\]］])", read_year},
            // Phone numbers: 3 or 4 digits after a word that announces one, any run of 5 or
            // more digits that no unit makes an amount.
            {"(热线|电话|拨打|致电|号码|呼叫)([：:\\s]*)([0-9]{3,4})(?![0-9])", read_phone_after_keyword},
            {"([0-9]{3,4})[-－]([0-9]{7,8})(?![0-9])", read_phone_with_area_code},
            {"([0-9]{5,})(?![0-9]|[.,][0-9]|\\s*[多余]?\\s*(?:{UNIT}))", read_phone},
            {"({OP})\\s*({NUM})\\s*([%％])?", read_comparison},
            {"({NUM})\\s*[%％]?\\s*({DASH}|至|到)\\s*({NUM})\\s*[%％]", read_percent_range},
            {"({NUM})\\s*[%％]", read_percent},
            {"({NUM})\\s*({DASH}|至|到)\\s*({NUM})", read_range},
            {"(第\\s*)({NUM})", read_ordinal},
            // A space between a number and the next Han character only set digits apart
            // on screen ("专栏1 第4项"); spoken Chinese runs on, so the space goes too.
            {"({NUM})(?:[ \\t]+(?=\\p{Han}))?", read_count},
        },
        {{"{UNIT}", kUnits}});
    return rules;
}

}  // namespace kiosk::speech_rules
