#include "core/text/graphemes.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <memory>

namespace kiosk {

std::vector<std::string> grapheme_clusters(std::string_view utf8) {
    std::vector<std::string> clusters;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> characters(
        icu::BreakIterator::createCharacterInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status)) return clusters;
    const icu::UnicodeString text =
        icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    characters->setText(text);
    int32_t start = characters->first();
    for (int32_t end = characters->next(); end != icu::BreakIterator::DONE; start = end, end = characters->next()) {
        std::string cluster;
        text.tempSubStringBetween(start, end).toUTF8String(cluster);
        if (cluster != "\n") clusters.push_back(std::move(cluster));
    }
    return clusters;
}

bool is_space_or_punctuation(std::string_view cluster) {
    const icu::UnicodeString text =
        icu::UnicodeString::fromUTF8(icu::StringPiece(cluster.data(), static_cast<int32_t>(cluster.size())));
    if (text.isEmpty()) return true;
    const UChar32 first = text.char32At(0);
    return u_isUWhiteSpace(first) || u_ispunct(first);
}

}  // namespace kiosk
