#include "core/text/sentences.h"

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <memory>
#include <string>

namespace kiosk {

std::vector<std::pair<std::size_t, std::size_t>> sentence_ranges(std::string_view utf8) {
    std::vector<std::pair<std::size_t, std::size_t>> ranges;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> sentences(icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status) || utf8.empty()) return ranges;
    const icu::UnicodeString text =
        icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    sentences->setText(text);
    std::size_t byte = 0;
    int32_t start = sentences->first();
    for (int32_t end = sentences->next(); end != icu::BreakIterator::DONE; start = end, end = sentences->next()) {
        std::string piece;
        text.tempSubStringBetween(start, end).toUTF8String(piece);
        ranges.emplace_back(byte, byte + piece.size());
        byte += piece.size();
    }
    return ranges;
}

}  // namespace kiosk
