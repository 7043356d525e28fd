#include "core/speech/pronunciation_lexicon.h"

#include <unicode/brkiter.h>

namespace kiosk {
namespace {

std::shared_ptr<const icu::BreakIterator> word_break_iterator() {
    UErrorCode status = U_ZERO_ERROR;
    // Chinese is segmented by ICU's dictionary whatever the locale; root keeps it neutral.
    std::shared_ptr<icu::BreakIterator> iterator(
        icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status)) return nullptr;
    return iterator;
}

}  // namespace

PronunciationLexicon::PronunciationLexicon() = default;

PronunciationLexicon::PronunciationLexicon(const LexiconEntries& entries) : words_iterator_(word_break_iterator()) {
    for (const auto& [word, reading] : entries) {
        icu::UnicodeString key = icu::UnicodeString::fromUTF8(word);
        longest_ = std::max(longest_, key.length());
        words_[std::move(key)] = reading;
    }
}

std::vector<LexiconMatch> PronunciationLexicon::matches(const icu::UnicodeString& text) const {
    std::vector<LexiconMatch> found;
    if (words_.empty() || !words_iterator_ || text.isEmpty()) return found;
    std::unique_ptr<icu::BreakIterator> iterator(words_iterator_->clone());
    iterator->setText(text);
    std::vector<int32_t> boundaries;
    for (int32_t at = iterator->first(); at != icu::BreakIterator::DONE; at = iterator->next())
        boundaries.push_back(at);

    for (std::size_t i = 0; i + 1 < boundaries.size();) {
        const int32_t begin = boundaries[i];
        std::size_t last = i + 1;
        while (last + 1 < boundaries.size() && boundaries[last + 1] - begin <= longest_) ++last;
        std::size_t matched = 0;
        for (std::size_t j = last; j > i && matched == 0; --j) {
            auto it = words_.find(text.tempSubStringBetween(begin, boundaries[j]));
            if (it == words_.end()) continue;
            found.push_back({begin, boundaries[j], it->second});
            matched = j;
        }
        i = matched == 0 ? i + 1 : matched;
    }
    return found;
}

std::string PronunciationLexicon::apply(const std::string& text) const {
    const icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(text);
    std::string out;
    int32_t done = 0;
    for (const LexiconMatch& match : matches(unicode)) {
        unicode.tempSubStringBetween(done, match.begin).toUTF8String(out);
        if (!out.empty() && out.back() != ' ') out += ' ';
        out += match.reading + ' ';
        done = match.end;
    }
    unicode.tempSubString(done).toUTF8String(out);
    if (!out.empty() && out.back() == ' ' && text.back() != ' ') out.pop_back();
    return out;
}

}  // namespace kiosk
