#include "core/text/line_breaker.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <stdexcept>
#include <string_view>

namespace kiosk {

struct LineBreaker::Iterators {
    std::unique_ptr<icu::BreakIterator> line;
    std::unique_ptr<icu::BreakIterator> grapheme;
};

namespace {

std::string to_utf8(const icu::UnicodeString& text, int32_t start, int32_t end) {
    std::string out;
    text.tempSubStringBetween(start, end).toUTF8String(out);
    return out;
}

std::string_view without_trailing_space(std::string_view s) {
    while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

// ICU's "strict" line breaking is the stricter kinsoku of CJK typesetting: small kana,
// iteration marks and prolonged sound marks do not start a line either.
icu::Locale strict_locale(const std::string& tag) {
    UErrorCode status = U_ZERO_ERROR;
    icu::Locale locale = icu::Locale::forLanguageTag(tag, status);
    if (U_FAILURE(status)) locale = icu::Locale::getRoot();
    status = U_ZERO_ERROR;
    locale.setKeywordValue("lb", "strict", status);
    return locale;
}

bool is_digit(UChar32 c) { return u_isdigit(c) != 0; }
bool is_han(UChar32 c) {
    UErrorCode status = U_ZERO_ERROR;
    return uscript_getScript(c, &status) == USCRIPT_HAN;
}
// Magnitudes and money, which may follow a number's unit: 2.4万元, 3千万.
bool is_magnitude(UChar32 c) { return std::u32string_view(U"十百千万亿元角分").find(static_cast<char32_t>(c)) != std::u32string_view::npos; }

// A number is not parted from the Chinese character after it, which is nearly always its
// unit or measure word (2025年, 5个, 8路), nor from the magnitudes and money after that
// (2.4万元). A resident who reads "2.4万" at a line's end and "元" on the next misreads it.
bool inside_amount(const icu::UnicodeString& text, int32_t at) {
    const UChar32 next = text.char32At(at);
    if (!is_han(next)) return false;
    int32_t before = text.moveIndex32(at, -1);
    if (is_magnitude(next)) {
        while (before > 0 && is_magnitude(text.char32At(before))) before = text.moveIndex32(before, -1);
    }
    return is_digit(text.char32At(before));
}

// Korean keeps words whole, like CSS "word-break: keep-all": no break between two letters
// or digits, Hangul or not, so "2025년부터" and "장애인에게" stay whole.
bool inside_korean_word(const icu::UnicodeString& text, int32_t at) {
    return u_isalnum(text.char32At(text.moveIndex32(at, -1))) != 0 && u_isalnum(text.char32At(at)) != 0;
}

}  // namespace

// ICU breaks Korean between any two syllables, as it does Chinese; Korean readers expect
// breaks at spaces, like CSS "word-break: keep-all", which ICU 72's locale keywords lack.
LineBreaker::LineBreaker(const std::string& locale)
    : iterators_(std::make_unique<Iterators>()), keep_hangul_words_(locale == "ko" || locale.rfind("ko-", 0) == 0) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale icu_locale = strict_locale(locale);
    iterators_->line.reset(icu::BreakIterator::createLineInstance(icu_locale, status));
    iterators_->grapheme.reset(icu::BreakIterator::createCharacterInstance(icu_locale, status));
    if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU break iterator: ") + u_errorName(status));
}

LineBreaker::~LineBreaker() = default;

std::vector<std::string> LineBreaker::break_lines(std::string_view text, int max_width,
                                                  const FontSpec& font, TextMeasurer& measurer,
                                                  int* forced_breaks) {
    const icu::UnicodeString unicode =
        icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    std::vector<std::string> lines;
    std::string line;
    auto fits = [&](std::string_view candidate) {
        return measurer.width(without_trailing_space(candidate), font) <= max_width;
    };
    auto flush = [&] {
        if (!line.empty()) lines.emplace_back(without_trailing_space(line));
        line.clear();
    };
    // A segment wider than a whole line is cut between grapheme clusters, never inside one.
    auto place_overlong = [&](int32_t start, int32_t end) {
        icu::BreakIterator& graphemes = *iterators_->grapheme;
        graphemes.setText(unicode);
        int32_t from = start;
        for (int32_t at = graphemes.following(start); at != icu::BreakIterator::DONE && at <= end;
             at = graphemes.next()) {
            std::string piece = to_utf8(unicode, from, at);
            if (!fits(line + piece) && !line.empty()) flush();
            line += piece;
            from = at;
        }
    };

    icu::BreakIterator& breaks = *iterators_->line;
    breaks.setText(unicode);
    int32_t start = breaks.first();
    for (int32_t end = breaks.next(); end != icu::BreakIterator::DONE; start = end, end = breaks.next()) {
        while (end < unicode.length() &&
               (inside_amount(unicode, end) || (keep_hangul_words_ && inside_korean_word(unicode, end)))) {
            end = breaks.next();
        }
        const std::string segment = to_utf8(unicode, start, end);
        const bool hard_break = breaks.getRuleStatus() >= UBRK_LINE_HARD;
        if (fits(line + segment)) {
            line += segment;
        } else {
            flush();
            if (fits(segment)) {
                line = segment;
            } else {
                place_overlong(start, end);
                if (forced_breaks != nullptr) ++*forced_breaks;
            }
        }
        if (hard_break) flush();
    }
    flush();
    return lines;
}

}  // namespace kiosk
