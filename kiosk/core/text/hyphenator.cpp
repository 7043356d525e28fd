#include "core/text/hyphenator.h"

#include <hyphen.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <mutex>

#include "core/text/locale_language.h"

#ifndef KIOSK_HYPHEN_DIR
#define KIOSK_HYPHEN_DIR "/usr/share/hyphen"
#endif

namespace kiosk {

struct Hyphenator::Patterns {
    explicit Patterns(HyphenDict* loaded) : dictionary(loaded) {}
    ~Patterns() { hnj_hyphen_free(dictionary); }
    Patterns(const Patterns&) = delete;
    Patterns& operator=(const Patterns&) = delete;
    HyphenDict* dictionary;
};

namespace {

// TeX's English minima: at least two letters before a hyphen and three after it.
constexpr int kLettersBefore = 2;
constexpr int kLettersAfter = 3;

icu::Locale locale_of(const std::string& tag) {
    UErrorCode status = U_ZERO_ERROR;
    icu::Locale locale = icu::Locale::forLanguageTag(tag, status);
    return U_FAILURE(status) ? icu::Locale::getRoot() : locale;
}

// Debian names dictionaries after language and region (hyph_en_US.dic), with the bare
// language (hyph_en.dic) linked to the usual region; "en" alone means its likely region.
std::vector<std::string> dictionary_candidates(const std::string& tag) {
    icu::Locale locale = locale_of(tag);
    UErrorCode status = U_ZERO_ERROR;
    locale.addLikelySubtags(status);
    const std::string directory = KIOSK_HYPHEN_DIR;
    const std::string language = locale.getLanguage();
    std::vector<std::string> candidates;
    if (language.empty()) return candidates;
    if (const std::string region = locale.getCountry(); !region.empty()) {
        candidates.push_back(directory + "/hyph_" + language + "_" + region + ".dic");
    }
    candidates.push_back(directory + "/hyph_" + language + ".dic");
    return candidates;
}

// Languages whose words are long strings of letters between spaces; Chinese and Korean
// break between characters or syllables instead.
bool is_hyphenated_language(const std::string& tag) {
    UScriptCode scripts[4];
    UErrorCode status = U_ZERO_ERROR;
    const int32_t count = uscript_getCode(locale_of(tag).getName(), scripts, 4, &status);
    if (U_FAILURE(status) || count < 1) return false;
    return scripts[0] == USCRIPT_LATIN || scripts[0] == USCRIPT_CYRILLIC || scripts[0] == USCRIPT_GREEK;
}

std::size_t code_points(std::string_view utf8) {
    std::size_t count = 0;
    for (unsigned char c : utf8) {
        if ((c & 0xC0) != 0x80) ++count;
    }
    return count;
}

// libhyphen hands back replacement tables only for languages with non-standard
// hyphenation (German "Schiffahrt"); they are not used, but are freed.
void free_replacements(char** replacements, int* positions, int* cuts, std::size_t size) {
    if (replacements != nullptr) {
        for (std::size_t i = 0; i < size; ++i) std::free(replacements[i]);
    }
    std::free(replacements);
    std::free(positions);
    std::free(cuts);
}

}  // namespace

Hyphenator::Hyphenator(std::unique_ptr<Patterns> patterns) : patterns_(std::move(patterns)) {}
Hyphenator::~Hyphenator() = default;

std::shared_ptr<const Hyphenator> Hyphenator::load(const std::string& path) {
    HyphenDict* dictionary = hnj_hyphen_load(path.c_str());
    if (dictionary == nullptr) return nullptr;
    return std::shared_ptr<const Hyphenator>(new Hyphenator(std::make_unique<Patterns>(dictionary)));
}

std::shared_ptr<const Hyphenator> Hyphenator::for_locale(const std::string& locale) {
    static std::mutex mutex;
    static std::map<std::string, std::shared_ptr<const Hyphenator>> loaded;
    std::error_code error;
    // Debian links hyph_en.dic to hyph_en_US.dic: both are one dictionary, loaded once.
    const std::filesystem::path path = std::filesystem::canonical(hyphenation_dictionary_path(locale), error);
    if (error) return nullptr;
    const std::lock_guard lock(mutex);
    auto it = loaded.find(path.string());
    if (it == loaded.end()) it = loaded.emplace(path.string(), load(path.string())).first;
    return it->second;
}

std::vector<std::size_t> Hyphenator::break_points(std::string_view word) const {
    // The patterns are in lower case; a capital letter would match none of them.
    std::string lower;
    icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())))
        .toLower(icu::Locale::getRoot())
        .toUTF8String(lower);
    const std::size_t letters = code_points(word);
    if (code_points(lower) != letters || letters < kLettersBefore + kLettersAfter) return {};

    std::vector<char> hyphens(lower.size() + 5);
    char** replacements = nullptr;
    int* positions = nullptr;
    int* cuts = nullptr;
    const int failed = hnj_hyphen_hyphenate3(patterns_->dictionary, lower.data(), static_cast<int>(lower.size()),
                                             hyphens.data(), nullptr, &replacements, &positions, &cuts, kLettersBefore,
                                             kLettersAfter, kLettersBefore, kLettersAfter);
    free_replacements(replacements, positions, cuts, lower.size());
    if (failed != 0) return {};

    // For UTF-8 dictionaries the marks are per character: an odd one allows a break after it.
    std::vector<std::size_t> points;
    std::size_t letter = 0;
    for (std::size_t byte = 0; byte < word.size(); ++byte) {
        if ((static_cast<unsigned char>(word[byte]) & 0xC0) == 0x80) continue;
        if (letter > 0 && (hyphens[letter - 1] & 1) != 0 && letter >= kLettersBefore &&
            letters - letter >= kLettersAfter) {
            points.push_back(byte);
        }
        ++letter;
    }
    return points;
}

std::string hyphenation_dictionary_path(const std::string& locale) {
    const std::vector<std::string> candidates = dictionary_candidates(locale);
    for (const std::string& candidate : candidates) {
        if (std::filesystem::exists(candidate)) return candidate;
    }
    return candidates.empty() ? std::string() : candidates.front();
}

Status check_hyphenation_dictionary(const std::string& locale) {
    if (!is_hyphenated_language(locale)) return {};
    const std::string path = hyphenation_dictionary_path(locale);
    if (Hyphenator::for_locale(locale) != nullptr) return {};
    return failure("no hyphenation dictionary for " + locale + " at " + path + " (install the Debian package hyphen-" +
                   language_of(locale) + "*): words wider than a line are cut between letters");
}

}  // namespace kiosk
