#include "core/text/line_breaker.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <map>
#include <stdexcept>
#include <string_view>

#include "core/text/locale_language.h"

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

constexpr std::string_view kHyphen = "-";

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

// Chinese and Japanese characters are each a word of their own, in Korean text too.
bool is_ideographic(UChar32 c) {
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(c, &status);
    return script == USCRIPT_HAN || script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA;
}

bool is_word_letter(UChar32 c) { return u_isalnum(c) != 0 && !is_ideographic(c); }

// Korean keeps words whole, like CSS "word-break: keep-all": no break between two letters
// or digits, Hangul or not, so "2025년부터" and "장애인에게" stay whole. A Chinese name
// quoted in Korean text (残疾人权益保障法律援助阳光行动) still breaks between characters.
bool inside_korean_word(const icu::UnicodeString& text, int32_t at) {
    return is_word_letter(text.char32At(text.moveIndex32(at, -1))) && is_word_letter(text.char32At(at));
}

// Punctuation, digits, spaces and combining marks belong to no script of their own
// (Common, Inherited): they are drawn in the face of the letters before them, or at the
// start of a text of the letters after them.
bool has_own_script(UScriptCode script) { return script != USCRIPT_COMMON && script != USCRIPT_INHERITED; }

UScriptCode script_of(UChar32 c) {
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(c, &status);
    return U_FAILURE(status) ? USCRIPT_COMMON : script;
}

// The script of the first character of `utf8` that has one; USCRIPT_COMMON when none has.
UScriptCode first_script(std::string_view utf8) {
    const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
    const auto length = static_cast<int32_t>(utf8.size());
    for (int32_t i = 0; i < length;) {
        UChar32 c = 0;
        U8_NEXT(bytes, i, length, c);
        if (const UScriptCode script = script_of(c); has_own_script(script)) return script;
    }
    return USCRIPT_COMMON;
}

// The script of the last character of `utf8` that has one; USCRIPT_COMMON when none has.
UScriptCode last_script(std::string_view utf8) {
    const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
    for (auto i = static_cast<int32_t>(utf8.size()); i > 0;) {
        UChar32 c = 0;
        U8_PREV(bytes, 0, i, c);
        if (const UScriptCode script = script_of(c); has_own_script(script)) return script;
    }
    return USCRIPT_COMMON;
}

bool starts_without_script(std::string_view utf8) {
    if (utf8.empty()) return true;
    int32_t i = 0;
    UChar32 c = 0;
    U8_NEXT(reinterpret_cast<const uint8_t*>(utf8.data()), i, static_cast<int32_t>(utf8.size()), c);
    return !has_own_script(script_of(c));
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
        // Measured alone, punctuation at the start of a segment takes the face of the
        // letters after it; in the line it takes the face of those before it. Where those
        // differ, only the whole line tells: "·" after Chinese is full width. So it does
        // while the line has no letters yet: its digits and punctuation take the face of
        // the first letters to come.
        const bool face_may_change =
            line_script_ == USCRIPT_COMMON || (starts_without_script(segment) && first_script(segment) != line_script_);
        if (face_may_change) return measure_whole(segment) <= max_width_;
        const int slack = font_.px / 2 + segments_ + 1;
        if (estimate + slack <= max_width_) return true;
        if (estimate - slack > max_width_) return false;
        return measure_whole(segment) <= max_width_;
    }

    // `hyphenated`: the segment ends at a hyphenation point inside a word, so a hyphen is
    // shown if the line ends there.
    void add(std::string_view segment, bool hyphenated = false) {
        const std::string_view printed = without_trailing_space(segment);
        const int space = space_width(segment.substr(printed.size()));
        const bool measured = !printed.empty() && whole_segment_ == segment;
        width_ = (measured ? whole_width_ : width_ + printed_width(segment)) + space;
        text_ += segment;
        ++segments_;
        ends_hyphenated_ = hyphenated;
        if (const UScriptCode script = last_script(printed); has_own_script(script)) line_script_ = script;
        whole_segment_.clear();  // measured with the line as it was
    }

    void clear() {
        text_.clear();
        width_ = 0;
        segments_ = 0;
        ends_hyphenated_ = false;
        line_script_ = USCRIPT_COMMON;
        whole_segment_.clear();
    }

    bool empty() const { return text_.empty(); }

    // The line as shown: no trailing space, and a hyphen where it ends inside a word.
    std::string shown() const {
        std::string out(without_trailing_space(text_));
        if (ends_hyphenated_) out += kHyphen;
        return out;
    }

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

    // The line with `segment` added, measured whole; remembered for add().
    int measure_whole(std::string_view segment) {
        whole_segment_ = std::string(segment);
        whole_width_ = measurer_.width(without_trailing_space(text_ + whole_segment_), font_);
        return whole_width_;
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
    bool ends_hyphenated_ = false;
    UScriptCode line_script_ = USCRIPT_COMMON;  // of the line's last letter, which punctuation after it follows
    std::string whole_segment_;
    int whole_width_ = 0;  // of text_ + whole_segment_, less trailing space
    std::string last_printed_;
    int last_printed_width_ = 0;
    std::map<std::string, int, std::less<>> space_widths_;
};

// A place inside a segment wider than a whole line where it may still be broken.
struct InnerBreak {
    int32_t at;
    bool hyphenated;  // inside a word: the line shows a hyphen there
};

bool is_word_character(UChar32 c) { return u_isalpha(c) != 0 || u_charType(c) == U_NON_SPACING_MARK; }

// Each word's hyphenation points, as positions in `text`.
void add_hyphenation_points(const Hyphenator& hyphenator, const icu::UnicodeString& text, int32_t start, int32_t end,
                            std::vector<InnerBreak>& breaks) {
    int32_t word_start = start;
    while (word_start < end) {
        if (!is_word_character(text.char32At(word_start))) {
            word_start = text.moveIndex32(word_start, 1);
            continue;
        }
        int32_t word_end = word_start;
        while (word_end < end && is_word_character(text.char32At(word_end))) {
            word_end = text.moveIndex32(word_end, 1);
        }
        const std::string word = to_utf8(text, word_start, word_end);
        for (std::size_t point : hyphenator.break_points(word)) {
            const icu::StringPiece before(word.data(), static_cast<int32_t>(point));
            breaks.push_back({word_start + icu::UnicodeString::fromUTF8(before).length(), true});
        }
        word_start = word_end;
    }
}

}  // namespace

std::optional<LineSpan> find_line(std::string_view text, std::string_view line, std::size_t from) {
    // A hyphen the breaker added is not in the text; one that was there is taken in again.
    const std::string_view letters = line.ends_with(kHyphen) ? line.substr(0, line.size() - kHyphen.size()) : line;
    const std::size_t at = text.find(letters, from);
    if (at == std::string_view::npos) return std::nullopt;
    std::size_t end = at + letters.size();
    if (letters.size() != line.size() && text.substr(end).starts_with(kHyphen)) end += kHyphen.size();
    return LineSpan{at, end};
}

// ICU breaks Korean between any two syllables, as it does Chinese; Korean readers expect
// breaks at spaces, like CSS "word-break: keep-all", which ICU 72's locale keywords lack.
LineBreaker::LineBreaker(const std::string& locale) : LineBreaker(locale, Hyphenator::for_locale(locale)) {}

LineBreaker::LineBreaker(const std::string& locale, std::shared_ptr<const Hyphenator> hyphenator)
    : iterators_(std::make_unique<Iterators>()),
      hyphenator_(std::move(hyphenator)),
      keep_hangul_words_(is_language(locale, "ko")) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale icu_locale = strict_locale(locale);
    iterators_->line.reset(icu::BreakIterator::createLineInstance(icu_locale, status));
    iterators_->grapheme.reset(icu::BreakIterator::createCharacterInstance(icu_locale, status));
    if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU break iterator: ") + u_errorName(status));
}

LineBreaker::~LineBreaker() = default;

std::vector<std::string> LineBreaker::break_lines(std::string_view text, int max_width, const FontSpec& font,
                                                  TextMeasurer& measurer, int* forced_breaks) {
    const icu::UnicodeString unicode =
        icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    std::vector<std::string> lines;
    LineFill line(max_width, font, measurer);
    auto flush = [&] {
        if (!line.empty()) lines.push_back(line.shown());
        line.clear();
    };
    // A piece with no break left in it is cut between grapheme clusters, never inside one.
    auto cut_between_graphemes = [&](int32_t start, int32_t end) {
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
    // A segment wider than a whole line is broken where it still may be: between Korean
    // syllables, at a hyphenation point. Only what is left too wide is cut, and reported.
    auto place_overlong = [&](int32_t start, int32_t end, std::vector<InnerBreak> inner) {
        inner.push_back({end, false});
        bool cut = false;
        int32_t from = start;
        for (const InnerBreak& next : inner) {
            if (next.at <= from) continue;  // a syllable break that is a hyphenation point too
            const std::string piece = to_utf8(unicode, from, next.at);
            const std::string shown = next.hyphenated ? piece + std::string(kHyphen) : piece;
            if (!line.fits_with(shown)) flush();
            if (line.empty() && !line.fits_with(shown)) {
                cut_between_graphemes(from, next.at);
                cut = true;
            } else {
                line.add(piece, next.hyphenated);
            }
            from = next.at;
        }
        if (cut && forced_breaks != nullptr) ++*forced_breaks;
    };

    icu::BreakIterator& breaks = *iterators_->line;
    breaks.setText(unicode);
    int32_t start = breaks.first();
    std::vector<int32_t> set_aside;  // ICU's breaks that keep-all set aside
    for (int32_t end = next_segment_end(unicode, &set_aside); end != icu::BreakIterator::DONE;
         start = end, end = next_segment_end(unicode, &set_aside)) {
        std::vector<InnerBreak> inner;
        for (const int32_t at : set_aside) inner.push_back({at, false});
        const std::string segment = to_utf8(unicode, start, end);
        const bool hard_break = breaks.getRuleStatus() >= UBRK_LINE_HARD;
        if (!line.fits_with(segment)) flush();
        if (line.empty() && !line.fits_with(segment)) {
            if (hyphenator_) add_hyphenation_points(*hyphenator_, unicode, start, end, inner);
            std::stable_sort(inner.begin(), inner.end(),
                             [](const InnerBreak& a, const InnerBreak& b) { return a.at < b.at; });
            place_overlong(start, end, std::move(inner));
        } else {
            line.add(segment);
        }
        if (hard_break) flush();
    }
    flush();
    return lines;
}

int32_t LineBreaker::next_segment_end(const icu::UnicodeString& text, std::vector<int32_t>* inner_breaks) {
    icu::BreakIterator& breaks = *iterators_->line;
    if (inner_breaks != nullptr) inner_breaks->clear();
    int32_t end = breaks.next();
    while (end != icu::BreakIterator::DONE && end < text.length() &&
           (inside_amount(text, end) || (keep_hangul_words_ && inside_korean_word(text, end)))) {
        if (inner_breaks != nullptr && !inside_amount(text, end)) inner_breaks->push_back(end);
        end = breaks.next();
    }
    return end;
}

std::optional<LineBreaker::Run> LineBreaker::find_unbreakable_run(std::string_view text, std::size_t limit) {
    // Most text is far shorter than the limit: nothing to look for.
    if (text.size() <= limit) return std::nullopt;
    const icu::UnicodeString unicode =
        icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    icu::BreakIterator& breaks = *iterators_->line;
    breaks.setText(unicode);
    int32_t start = breaks.first();
    for (int32_t end = next_segment_end(unicode, nullptr); end != icu::BreakIterator::DONE;
         start = end, end = next_segment_end(unicode, nullptr)) {
        int32_t printed_end = end;
        while (printed_end > start &&
               (unicode.charAt(printed_end - 1) == u' ' || unicode.charAt(printed_end - 1) == u'\n' ||
                unicode.charAt(printed_end - 1) == u'\t')) {
            --printed_end;
        }
        const auto characters = static_cast<std::size_t>(unicode.countChar32(start, printed_end - start));
        if (characters > limit) {
            const std::size_t offset = to_utf8(unicode, 0, start).size();
            return Run{offset, to_utf8(unicode, start, printed_end).size(), characters};
        }
    }
    return std::nullopt;
}

}  // namespace kiosk
