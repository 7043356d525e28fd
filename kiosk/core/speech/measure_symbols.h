#pragma once

#include <unicode/unistr.h>

#include <string>
#include <vector>

// Units of measure written after a number ("25kg", "38°C", "120m²") and currency symbols
// written before one ("$100", "￥5"), with the words each language reads them with.
// One table for the three languages keeps a symbol's readings side by side, so a
// translator checks them together.
namespace kiosk::speech_rules {

struct SymbolWords {
    const char16_t* symbol;
    const char16_t* chinese;           // 千克, 摄氏度, 美元
    const char16_t* english_singular;  // kilogram, degree Celsius, dollar
    const char16_t* english_plural;    // kilograms, degrees Celsius, dollars
    const char16_t* korean_before;     // said before the number: 섭씨 (38°C), 시속 (60km/h)
    const char16_t* korean_after;      // said after it: 킬로그램, 도, 달러
    bool english_cents = false;        // $2.50 is "two dollars and fifty cents"
};

const std::vector<SymbolWords>& unit_symbols();
const std::vector<SymbolWords>& currency_symbols();

// The entry of a table whose symbol is exactly `written`; nullptr when none is.
const SymbolWords* find_symbol(const std::vector<SymbolWords>& table, const icu::UnicodeString& written);

// The unit symbol `text` starts with, when no Latin letter runs on after it ("kg" in
// "kg的", not "m" in "more"); nullptr otherwise.
const SymbolWords* unit_at_start(const icu::UnicodeString& text);

// The words for a sign written before a number ({SIGN}: -, −, －, +, ＋, ±, ∓) in one
// language, and the word for one sign.
struct SignWords {
    const char16_t* minus;
    const char16_t* plus;
    const char16_t* plus_or_minus;
    const char16_t* minus_or_plus;
};
icu::UnicodeString sign_word(const icu::UnicodeString& sign, const SignWords& words);

// A regular-expression alternation of a table's symbols, longest first, for the {UNITSYM}
// and {CURSYM} placeholders of the rule tables.
std::string symbol_alternation(const std::vector<SymbolWords>& table);

}  // namespace kiosk::speech_rules
