#include "core/text/line_breaker.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <map>
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
bool is_magnitude(UChar32 c) {
    return std::u32string_view(U"十百千万亿元角分").find(static_cast<char32_t>(c)) != std::u32string_view::npos;
}

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

// The line being filled. Its width is kept as the sum of its segments' widths, so each
// segment is measured once instead of the whole line again for every segment added, as
// browsers measure words. Shaping across a break (kerning, rounding to whole pixels) can
// make that sum differ a little from the line's true width, so close to the limit the
// line is measured whole: lines break exactly where measuring them whole would.
class LineFill {
public:
    LineFill(int max_width, const FontSpec& font, TextMeasurer& measurer)
        : max_width_(max_width), font_(font), measurer_(measurer) {}

    // Whether the line with `segment` added, less trailing space, is within the width.
    bool fits_with(std::string_view segment) {
        const int estimate = width_ + printed_width(segment);
        if (text_.empty()) return estimate <= max_width_;
        const int slack = font_.px / 2 + segments_ + 1;
        if (estimate + slack <= max_width_) return true;
        if (estimate - slack > max_width_) return false;
        return measurer_.width(without_trailing_space(text_ + std::string(segment)), font_) <= max_width_;
    }

    void add(std::string_view segment) {
        const std::string_view printed = without_trailing_space(segment);
        width_ += printed_width(segment) + space_width(segment.substr(printed.size()));
        text_ += segment;
        ++segments_;
    }

    void clear() {
        text_.clear();
        width_ = 0;
        segments_ = 0;
    }

    bool empty() const { return text_.empty(); }
    const std::string& text() const { return text_; }

private:
    // The width of a segment less its trailing space; the last one asked is remembered,
    // as fits_with() and add() ask for the same segment in turn.
    int printed_width(std::string_view segment) {
        const std::string_view printed = without_trailing_space(segment);
        if (printed != last_printed_) {
            last_printed_ = std::string(printed);
            last_printed_width_ = printed.empty() ? 0 : measurer_.width(printed, font_);
        }
        return last_printed_width_;
    }

    int space_width(std::string_view space) {
        if (space.empty()) return 0;
        auto it = space_widths_.find(std::string(space));
        if (it == space_widths_.end()) it = space_widths_.emplace(space, measurer_.width(space, font_)).first;
        return it->second;
    }

    int max_width_;
    FontSpec font_;
    TextMeasurer& measurer_;
    std::string text_;
    int width_ = 0;  // of text_, trailing space included
    int segments_ = 0;
    std::string last_printed_;
    int last_printed_width_ = 0;
    std::map<std::string, int, std::less<>> space_widths_;
};

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
    LineFill line(max_width, font, measurer);
    auto flush = [&] {
        if (!line.empty()) lines.emplace_back(without_trailing_space(line.text()));
        line.clear();
    };
    // A segment wider than a whole line is cut between grapheme clusters, never inside one.
    auto place_overlong = [&](int32_t start, int32_t end) {
        icu::BreakIterator& graphemes = *iterators_->grapheme;
        graphemes.setText(unicode);
        int32_t from = start;
        for (int32_t at = graphemes.following(start); at != icu::BreakIterator::DONE && at <= end;
             at = graphemes.next()) {
            const std::string piece = to_utf8(unicode, from, at);
            if (!line.fits_with(piece) && !line.empty()) flush();
            line.add(piece);
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
        if (!line.fits_with(segment)) flush();
        if (line.empty() && !line.fits_with(segment)) {
            place_overlong(start, end);
            if (forced_breaks != nullptr) ++*forced_breaks;
        } else {
            line.add(segment);
        }
        if (hard_break) flush();
    }
    flush();
    return lines;
}

}  // namespace kiosk
