#pragma once

#include <unicode/unistr.h>

#include <cstdint>
#include <optional>
#include <string>

// Numbers as words in the three languages the kiosk speaks. The synthesizer reads digits
// as one quantity ("12385" → 一万两千…) and drops decimal points, so the normalizer
// hands it words instead. Spell-out comes from ICU's rule-based number format; what ICU
// does not know (phone digits, 两, Korean native counting) is decided here.
namespace kiosk::number_words {

enum class Language { chinese, english, korean };

// A written number with its thousands separators removed: "25,500" → {"25500", ""},
// "2.55" → {"2", "55"}. Both parts hold ASCII digits only.
struct Number {
    std::string integer;
    std::string fraction;

    static Number parse(const icu::UnicodeString& written);
    bool is_whole() const { return fraction.empty(); }
    // The integer part when it is small enough to spell; none for "0432" (a code, read
    // digit by digit) or for more digits than any amount has.
    std::optional<int64_t> integer_value() const;
    // The value of a whole number; none for "2.4", which is not 2 when choosing 两 or 두.
    std::optional<int64_t> whole_value() const { return is_whole() ? integer_value() : std::nullopt; }
};

// The quantity: 两万五千五百 / twenty-five thousand five hundred / 이만 오천오백.
// Chinese says 两 before 千, 万 and 亿 at the head of a group (2000 → 两千, 12000 →
// 一万两千) but keeps 二 after 十 (十二万) and before 百 (二百, the reading of record).
icu::UnicodeString cardinal(const Number& number, Language language);

// A whole number spelled in words (两 rules as above for Chinese).
icu::UnicodeString cardinal(int64_t value, Language language);

// The value of a day, month or hour as written on a calendar or clock, leading zeros
// dropped: "08" → 8. None for anything that is not 1 to 9999.
std::optional<int64_t> calendar_value(const icu::UnicodeString& written);

// Each digit alone, as a phone number or code is read. Chinese reads 1 as 幺 there so it
// cannot be heard as 七; Korean reads 0 as 공. Words are separated by spaces except in
// Chinese, which needs none.
icu::UnicodeString phone_digits(const std::string& digits, Language language);

// A calendar year: 二零二一 (Chinese reads years digit by digit), twenty twenty-one,
// 이천이십일 (Korean reads the whole number). KIOSK CONVENTION: these readings, and
// phone_digits for hotlines, are the kiosk's choice; the rule tables say where they apply.
icu::UnicodeString year(const Number& number, Language language);

// "first", "twenty-first" (English ordinals for 1st, 21st).
icu::UnicodeString english_ordinal(int64_t value);

// Korean native numbers in the form that stands before a counter: 한, 두, 스무, 여든.
// Only 1 to 99 exist; other values fall back to Sino-Korean.
icu::UnicodeString korean_native_attributive(int64_t value);

}  // namespace kiosk::number_words
