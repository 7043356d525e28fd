#pragma once

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/content/lexicon_file.h"

namespace kiosk {

// A word of a text that the lexicon reads, as UTF-16 offsets into that text.
struct LexiconMatch {
    int32_t begin = 0;
    int32_t end = 0;
    std::string reading;
};

// How a word is said, where the synthesizer's own rules get it wrong (polyphonic Chinese
// characters above all: 银行 yin2 hang2, not xing2). A word matches only where it starts
// and ends on a word boundary of ICU's word segmentation, so "行" alone never rewrites the
// 行 of 银行; at each boundary the longest word of the lexicon wins.
class PronunciationLexicon {
public:
    PronunciationLexicon();
    explicit PronunciationLexicon(const LexiconEntries& entries);

    // The words of `text` the lexicon reads, in order, none overlapping.
    std::vector<LexiconMatch> matches(const icu::UnicodeString& text) const;
    // `text` with every word the lexicon reads replaced by its reading, set apart by spaces.
    std::string apply(const std::string& text) const;

    bool empty() const { return words_.empty(); }
    std::size_t size() const { return words_.size(); }

private:
    std::map<icu::UnicodeString, std::string> words_;
    int32_t longest_ = 0;                                       // UTF-16 units of the longest word
    std::shared_ptr<const icu::BreakIterator> words_iterator_;  // cloned per call: matches() is const and reentrant
};

}  // namespace kiosk
