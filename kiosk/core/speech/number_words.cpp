#include "core/speech/number_words.h"

#include <unicode/locid.h>
#include <unicode/rbnf.h>

#include <array>
#include <memory>
#include <stdexcept>
#include <string_view>

namespace kiosk::number_words {

namespace {

// The fifteen digits a double holds exactly; longer runs are codes, not quantities.
constexpr std::size_t kMaxSpelledDigits = 15;

using DigitWords = std::array<const char16_t*, 10>;

constexpr DigitWords kChineseDigits = {u"零", u"一", u"二", u"三", u"四", u"五", u"六", u"七", u"八", u"九"};
constexpr DigitWords kChinesePhoneDigits = {u"零", u"幺", u"二", u"三", u"四", u"五", u"六", u"七", u"八", u"九"};
constexpr DigitWords kEnglishDigits = {u"zero", u"one", u"two",   u"three", u"four",
                                       u"five", u"six", u"seven", u"eight", u"nine"};
constexpr DigitWords kKoreanDigits = {u"영", u"일", u"이", u"삼", u"사", u"오", u"육", u"칠", u"팔", u"구"};
constexpr DigitWords kKoreanPhoneDigits = {u"공", u"일", u"이", u"삼", u"사", u"오", u"육", u"칠", u"팔", u"구"};

icu::UnicodeString read_digits(std::string_view digits, const DigitWords& words, std::u16string_view separator) {
    icu::UnicodeString out;
    for (char digit : digits) {
        if (!out.isEmpty()) out.append(separator.data(), static_cast<int32_t>(separator.size()));
        out.append(words[static_cast<std::size_t>(digit - '0')]);
    }
    return out;
}

const char* icu_locale_name(Language language) {
    switch (language) {
        case Language::chinese:
            return "zh";
        case Language::english:
            return "en";
        case Language::korean:
            return "ko";
    }
    return "en";
}

// Building a rule-based format parses its rules, so each thread keeps one per language.
const icu::RuleBasedNumberFormat& spellout(Language language) {
    thread_local std::array<std::unique_ptr<icu::RuleBasedNumberFormat>, 3> formats;
    auto& format = formats[static_cast<std::size_t>(language)];
    if (!format) {
        UErrorCode status = U_ZERO_ERROR;
        format = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT,
                                                              icu::Locale(icu_locale_name(language)), status);
        if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU spell-out: ") + u_errorName(status));
    }
    return *format;
}

icu::UnicodeString spell(int64_t value, Language language, const char16_t* rule_set) {
    UErrorCode status = U_ZERO_ERROR;
    icu::FieldPosition position;
    icu::UnicodeString out;
    spellout(language).format(value, icu::UnicodeString(rule_set), out, position, status);
    if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU spell-out: ") + u_errorName(status));
    return out;
}

// ICU writes 二 everywhere; Mandarin says 两 for a leading 2 of 千 (also after 万: 一万两千)
// and for 两万, 两亿 at the head of the number. After 十 (十二万) and before 百 it stays 二.
icu::UnicodeString with_liang(icu::UnicodeString words) {
    for (int32_t i = 0; i + 1 < words.length(); ++i) {
        if (words[i] != u'二') continue;
        const char16_t next = words[i + 1];
        const char16_t previous = i > 0 ? words[i - 1] : u'\0';
        const bool head_of_thousands = next == u'千' && previous != u'十';
        const bool head_of_number = (next == u'万' || next == u'亿') && i == 0;
        if (head_of_thousands || head_of_number) words.setCharAt(i, u'两');
    }
    return words;
}

icu::UnicodeString spell_whole(int64_t value, Language language) {
    switch (language) {
        case Language::chinese:
            return with_liang(spell(value, language, u"%spellout-cardinal"));
        case Language::english:
            return spell(value, language, u"%spellout-cardinal");
        case Language::korean:
            return spell(value, language, u"%spellout-cardinal-sinokorean");
    }
    return {};
}

// Digits after the point are read one by one in all three languages.
icu::UnicodeString spell_fraction(std::string_view digits, Language language) {
    switch (language) {
        case Language::chinese:
            return u"点" + read_digits(digits, kChineseDigits, u"");
        case Language::english:
            return u" point " + read_digits(digits, kEnglishDigits, u" ");
        case Language::korean:
            return u"점" + read_digits(digits, kKoreanDigits, u"");
    }
    return {};
}

}  // namespace

Number Number::parse(const icu::UnicodeString& written) {
    Number number;
    std::string* part = &number.integer;
    for (int32_t i = 0; i < written.length(); ++i) {
        const char16_t c = written[i];
        if (c >= u'0' && c <= u'9') {
            part->push_back(static_cast<char>('0' + (c - u'0')));
        } else if (c == u'.') {
            part = &number.fraction;
        }
    }
    return number;
}

std::optional<int64_t> Number::integer_value() const {
    if (integer.empty() || integer.size() > kMaxSpelledDigits) return std::nullopt;
    if (integer.size() > 1 && integer.front() == '0') return std::nullopt;
    return std::stoll(integer);
}

icu::UnicodeString cardinal(const Number& number, Language language) {
    const auto value = number.integer_value();
    icu::UnicodeString out = value ? spell_whole(*value, language) : phone_digits(number.integer, language);
    if (!number.is_whole()) out += spell_fraction(number.fraction, language);
    return out;
}

icu::UnicodeString cardinal(int64_t value, Language language) { return spell_whole(value, language); }

std::optional<int64_t> calendar_value(const icu::UnicodeString& written) {
    std::string digits = Number::parse(written).integer;
    digits.erase(0, digits.find_first_not_of('0'));
    if (digits.empty() || digits.size() > 4) return std::nullopt;
    return std::stoll(digits);
}

icu::UnicodeString phone_digits(const std::string& digits, Language language) {
    switch (language) {
        case Language::chinese:
            return read_digits(digits, kChinesePhoneDigits, u"");
        case Language::english:
            return read_digits(digits, kEnglishDigits, u" ");
        case Language::korean:
            return read_digits(digits, kKoreanPhoneDigits, u" ");
    }
    return {};
}

icu::UnicodeString year(const Number& number, Language language) {
    const auto value = number.whole_value();
    if (!value) return cardinal(number, language);
    switch (language) {
        case Language::chinese:
            return read_digits(number.integer, kChineseDigits, u"");
        case Language::english:
            return spell(*value, language, u"%spellout-numbering-year");
        case Language::korean:
            return spell_whole(*value, language);
    }
    return {};
}

icu::UnicodeString english_ordinal(int64_t value) { return spell(value, Language::english, u"%spellout-ordinal"); }

icu::UnicodeString korean_native_attributive(int64_t value) {
    if (value < 1 || value > 99) return spell_whole(value, Language::korean);
    return spell(value, Language::korean, u"%spellout-cardinal-native-attributive");
}

}  // namespace kiosk::number_words
