#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/unistr.h>

#include "core/text/hyphenator.h"
#include "core/text/text_measurer.h"

namespace kiosk {

// Breaks a paragraph into lines no wider than a width, at the places ICU's line
// BreakIterator allows for the locale: Chinese closing punctuation never starts a
// line, opening punctuation never ends one, English and Korean words are not split, and a
// number stays with its unit (2.4万元, 2021-2025年). A word wider than a whole line is
// hyphenated (English, from the system's hyphenation dictionary) or broken between
// syllables (Korean); only what is still too wide is cut between grapheme clusters.
class LineBreaker {
public:
    // With the system's hyphenation dictionary for the locale's language, if there is one.
    explicit LineBreaker(const std::string& locale);
    // With a given hyphenator, or none (nullptr).
    LineBreaker(const std::string& locale, std::shared_ptr<const Hyphenator> hyphenator);
    ~LineBreaker();
    LineBreaker(const LineBreaker&) = delete;
    LineBreaker& operator=(const LineBreaker&) = delete;

    // `forced_breaks`, when given, counts the words that had to be cut because they are
    // wider than a whole line and have no hyphenation point or syllable break left where
    // they must be broken: a phone number or a name cut in two is a problem to report. A
    // line that ends at a hyphenation point ends with "-".
    std::vector<std::string> break_lines(std::string_view text, int max_width, const FontSpec& font,
                                         TextMeasurer& measurer, int* forced_breaks = nullptr);

    // The first piece of `text` longer than `limit` characters (its trailing spaces aside)
    // in which break_lines finds no place to end a line, so that it must cut it between
    // characters one by one; nothing when there is none. Offsets are in bytes.
    struct Run {
        std::size_t offset;
        std::size_t bytes;
        std::size_t characters;
    };
    std::optional<Run> find_unbreakable_run(std::string_view text, std::size_t limit);

private:
    // The end of the piece starting at the line iterator's current boundary: ICU's next
    // break, less those inside an amount and, in Korean, inside a word.
    int32_t next_segment_end(const icu::UnicodeString& text, std::vector<int32_t>* inner_breaks);

    struct Iterators;
    std::unique_ptr<Iterators> iterators_;
    std::shared_ptr<const Hyphenator> hyphenator_;
    bool keep_hangul_words_;
};

// Where a line from break_lines() lies in the text it was broken from, in bytes: a hyphen
// added at a hyphenation point is not in the text, a hyphen the text has is taken in.
struct LineSpan {
    std::size_t begin;
    std::size_t end;
};
std::optional<LineSpan> find_line(std::string_view text, std::string_view line, std::size_t from);

}  // namespace kiosk
