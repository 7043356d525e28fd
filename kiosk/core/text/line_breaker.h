#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/text/text_measurer.h"

namespace kiosk {

// Breaks a paragraph into lines no wider than a width, at the places ICU's line
// BreakIterator allows for the locale: Chinese closing punctuation never starts a
// line, opening punctuation never ends one, English and Korean words are not split, and a
// number stays with its unit (2.4万元, 2021-2025年). Only a word wider than a whole line
// is cut, and then between grapheme clusters.
class LineBreaker {
public:
    explicit LineBreaker(const std::string& locale);
    ~LineBreaker();
    LineBreaker(const LineBreaker&) = delete;
    LineBreaker& operator=(const LineBreaker&) = delete;

    // `forced_breaks`, when given, counts the words that had to be cut because they are
    // wider than a whole line: a phone number or a name cut in two is a problem to report.
    std::vector<std::string> break_lines(std::string_view text, int max_width, const FontSpec& font,
                                         TextMeasurer& measurer, int* forced_breaks = nullptr);

private:
    struct Iterators;
    std::unique_ptr<Iterators> iterators_;
    bool keep_hangul_words_;
};

}  // namespace kiosk
