#pragma once

#include <unicode/regex.h>
#include <unicode/unistr.h>

#include <initializer_list>
#include <memory>
#include <string_view>
#include <utility>
#include <vector>

// The tables behind normalize_for_speech: per language, an ordered list of patterns,
// each with the function that reads what it matched aloud. The first pattern that matches
// at a position wins, so a table lists the specific readings (years, phone numbers,
// percentages) before the plain number that catches every other digit run.
namespace kiosk::speech_rules {

// What one pattern matched, and the text around it for decisions a pattern cannot make
// alone (Chinese 两 depends on the measure word that follows the number).
class RuleMatch {
public:
    RuleMatch(const icu::RegexMatcher& matcher, const icu::UnicodeString& text);

    bool has(int32_t group) const;
    icu::UnicodeString group(int32_t group) const;
    // The text before the match, for a unit that agrees with its number ("1 kg", "2 kg").
    icu::UnicodeString before() const;
    // The text after the match, spaces skipped.
    icu::UnicodeString after() const;

private:
    const icu::RegexMatcher& matcher_;
    const icu::UnicodeString& text_;
};

using Reader = icu::UnicodeString (*)(const RuleMatch&);

struct SpeechRule {
    std::unique_ptr<icu::RegexPattern> pattern;
    Reader read;
};

struct RuleSpec {
    std::string_view pattern;  // UTF-8, with {NAME} placeholders
    Reader read;
};

using Placeholders = std::vector<std::pair<std::string_view, std::string_view>>;

// Compiles a table, expanding the shared placeholders ({NUM} a written number,
// {OP} a comparison sign, {DASH} a range dash, {SIGN} a sign before a number, {UNITSYM}
// a unit symbol, {CURSYM} a currency symbol; see measure_symbols.h) and the language's own.
std::vector<SpeechRule> compile_rules(std::initializer_list<RuleSpec> specs, const Placeholders& placeholders);

// Whether `text` starts with one of `words` (longest listed first where one is a prefix
// of another); returns the word or an empty string.
icu::UnicodeString starting_word(const icu::UnicodeString& text, std::initializer_list<const char16_t*> words);

const std::vector<SpeechRule>& chinese_rules();
const std::vector<SpeechRule>& english_rules();
const std::vector<SpeechRule>& korean_rules();

}  // namespace kiosk::speech_rules
