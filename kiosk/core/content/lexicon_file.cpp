#include "core/content/lexicon_file.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <optional>
#include <regex>
#include <sstream>
#include <tuple>
#include <vector>

#include "core/content/toml_fields.h"
#include "core/text/locale_language.h"

namespace kiosk {
namespace {

std::vector<std::string> split_on_spaces(const std::string& text) {
    std::istringstream in(text);
    std::vector<std::string> parts;
    for (std::string part; in >> part;) parts.push_back(part);
    return parts;
}

// One Hanyu Pinyin syllable, lower case, with its tone number (5: neutral). "ü" may be
// written "v", as input methods do; eSpeak reads both ("u:" it misreads, so it is refused).
bool is_pinyin_syllable(std::string syllable) {
    const std::string u_umlaut = "ü";
    for (auto at = syllable.find(u_umlaut); at != std::string::npos; at = syllable.find(u_umlaut)) {
        syllable.replace(at, u_umlaut.size(), "v");
    }
    static const std::regex kSyllable(
        "(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?"
        "(?:a|ai|an|ang|ao|e|ei|en|eng|er|i|ia|ian|iang|iao|ie|in|ing|iong|iu|o|ong|ou|"
        "u|ua|uai|uan|uang|ue|ui|un|uo|v|van|ve|vn|m|n|ng)"
        "[1-5]");
    return std::regex_match(syllable, kSyllable);
}

// A word written in Han characters alone: how many; otherwise nullopt.
std::optional<int> han_characters(const std::string& word) {
    int count = 0;
    for (int32_t i = 0; i < static_cast<int32_t>(word.size());) {
        UChar32 c = 0;
        U8_NEXT(reinterpret_cast<const uint8_t*>(word.data()), i, static_cast<int32_t>(word.size()), c);
        UErrorCode status = U_ZERO_ERROR;
        if (c < 0 || uscript_getScript(c, &status) != USCRIPT_HAN) return std::nullopt;
        ++count;
    }
    return count;
}

bool has_control_or_line_break(const std::string& text) {
    for (unsigned char c : text) {
        if (c < 0x20 || c == 0x7F) return true;
    }
    return false;
}

}  // namespace

std::string lexicon_entry_problem(const std::string& word, const std::string& reading, const std::string& locale) {
    if (word.empty() || split_on_spaces(word).size() != 1 || has_control_or_line_break(word)) {
        return "the word must be one word without spaces";
    }
    const std::vector<std::string> syllables = split_on_spaces(reading);
    if (syllables.empty() || has_control_or_line_break(reading)) return "the reading of \"" + word + "\" is empty";
    if (!is_language(locale, "zh")) return {};
    for (const auto& syllable : syllables) {
        if (!is_pinyin_syllable(syllable)) {
            return "\"" + syllable + "\" in the reading of \"" + word +
                   "\" is not a pinyin syllable with a tone number 1-5 (e.g. \"de2 dao4\"; "
                   "write each syllable apart, in lower case)";
        }
    }
    const std::optional<int> characters = han_characters(word);
    if (characters && *characters != static_cast<int>(syllables.size())) {
        return "\"" + word + "\" has " + std::to_string(*characters) + " characters but its reading has " +
               std::to_string(syllables.size()) + " syllables; give one syllable per character";
    }
    return {};
}

LexiconEntries read_lexicon(const std::string& text, const std::string& file, const std::string& locale,
                            PackErrors& problems) {
    LexiconEntries entries;
    auto table = parse_toml(text, file, 1, problems);
    if (!table) return entries;
    const std::size_t first_problem = problems.size();
    for (const auto& [key, node] : *table) {
        const auto& where = node.source().begin;
        const SourceLocation at{file, static_cast<int>(where.line), static_cast<int>(key.source().begin.column)};
        auto reading = node.value<std::string>();
        const std::string word(key.str());
        if (!reading) {
            problems.push_back({at, Severity::error, "the reading of \"" + word + "\" must be text in quotes"});
            continue;
        }
        if (auto problem = lexicon_entry_problem(word, *reading, locale); !problem.empty()) {
            problems.push_back({at, Severity::error, problem});
            continue;
        }
        entries[word] = *reading;
    }
    // The table is read in key order; staff read the problems in the file's order.
    std::stable_sort(problems.begin() + static_cast<std::ptrdiff_t>(first_problem), problems.end(),
                     [](const PackError& a, const PackError& b) {
                         return std::tie(a.where.line, a.where.column) < std::tie(b.where.line, b.where.column);
                     });
    return entries;
}

}  // namespace kiosk
