#include "core/text/sentences.h"

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>
#include <string>

namespace kiosk {
namespace {

bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Where a sentence too long for the window is cut: after its last space or Chinese
// comma, else before the window's last (perhaps partial) character.
std::size_t piece_end(std::string_view window) {
    for (std::string_view mark :
         {std::string_view(" "), std::string_view("\xEF\xBC\x8C"), std::string_view("\xE3\x80\x81")}) {
        const std::size_t at = window.rfind(mark);
        if (at != std::string_view::npos && at > 0) return at + mark.size();
    }
    std::size_t end = window.size();
    while (end > 1 && is_continuation_byte(window[end - 1])) --end;
    return end > 1 ? end - 1 : window.size();
}

// After the last sentence end in `window`, or 0 when it has none: one pass from the end,
// which meets the last one first.
std::size_t after_last_sentence(std::string_view window) {
    constexpr std::string_view kFullStops[] = {"\xE3\x80\x82", "\xEF\xBC\x81", "\xEF\xBC\x9F", "\xEF\xBC\x9B"};
    for (std::size_t at = window.size(); at-- > 0;) {
        const char c = window[at];
        if ((c == '.' || c == '!' || c == '?') && at + 1 < window.size() && window[at + 1] == ' ') return at + 2;
        for (std::string_view mark : kFullStops) {
            if (window.substr(at).starts_with(mark)) return at + mark.size();
        }
    }
    return 0;
}

}  // namespace

std::vector<std::pair<std::size_t, std::size_t>> bounded_pieces(std::string_view utf8, std::size_t most) {
    std::vector<std::pair<std::size_t, std::size_t>> pieces;
    for (std::size_t from = 0; from < utf8.size();) {
        if (utf8.size() - from <= most) {
            pieces.emplace_back(from, utf8.size());
            break;
        }
        const std::string_view window = utf8.substr(from, most);
        std::size_t end = after_last_sentence(window);
        if (end == 0) end = piece_end(window);
        pieces.emplace_back(from, from + end);
        from += end;
    }
    return pieces;
}

std::vector<std::pair<std::size_t, std::size_t>> sentence_ranges(std::string_view utf8) {
    std::vector<std::pair<std::size_t, std::size_t>> ranges;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> sentences(
        icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
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

// ICU sees only the window. Its first sentence is whole when another starts after it in
// the window, or when the window reaches the end of the text.
std::pair<std::size_t, std::size_t> next_sentence(std::string_view utf8, std::size_t from, std::size_t window) {
    if (from >= utf8.size()) return {utf8.size(), utf8.size()};
    std::size_t size = std::min(window, utf8.size() - from);
    while (from + size < utf8.size() && size > 0 && is_continuation_byte(utf8[from + size])) --size;
    if (size == 0) size = std::min(window, utf8.size() - from);  // not UTF-8 there: take the bytes
    const std::string_view part = utf8.substr(from, size);
    const bool reaches_end = from + size == utf8.size();
    const auto ranges = sentence_ranges(part);
    if (!ranges.empty() && (reaches_end || ranges.size() >= 2)) return {from, from + ranges.front().second};
    if (reaches_end) return {from, utf8.size()};
    return {from, from + piece_end(part)};
}

}  // namespace kiosk
