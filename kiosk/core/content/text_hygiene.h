#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/text/line_breaker.h"

namespace kiosk {

// What a pack's text may hold so that the kiosk shows and says it as staff wrote it.
//   Control characters (C0, DEL, C1) draw as boxes or nothing, cut text short (NUL) and
//   drive terminals (ESC) when staff review a diff.
//   Bidirectional controls (U+202A-202E, U+2066-2069) reorder what is shown but not what
//   is said: "FREE PAYMENT" on screen, the reverse in the ear.
//   A run with no place to break a line is cut between characters one by one, which
//   takes time in proportion to its length (scripts/bench.sh, unbreakable_run/N: about
//   3 to 5 us a character in a release build, 35 us in the ASan build). At 400 characters
//   laying out such a screen takes 1.3 ms of CPU in a release build, within the 2 ms goal
//   for laying out the longest topic, and 14 ms in the ASan build: under a frame (16 ms)
//   even there. 3,200 characters take 12 ms in release, 152 ms with ASan.
inline constexpr std::size_t kMaxUnbreakableRun = 400;

enum class TextRole {
    label,  // titles, headings, names, table headers: never bidi controls
    body,   // article text: bidi controls only when the pack has a right-to-left language
};

// Why a text cannot be shown as written, at a byte offset into it.
struct TextFault {
    std::size_t offset = 0;
    std::size_t length = 0;  // bytes of the offending characters, to find them in the file
    std::string message;
};

// Checks text of one language of a pack, once read from its file (escapes resolved).
class TextHygiene {
public:
    // `bidi_in_body`: the pack declares a right-to-left language, so body text may
    // carry bidi controls.
    TextHygiene(const std::string& locale, bool bidi_in_body);

    std::optional<TextFault> check(std::string_view text, TextRole role);

private:
    LineBreaker breaker_;
    bool bidi_in_body_;
};

// The first control character of a file's bytes (valid UTF-8) other than tab and newline,
// which TOML and Markdown need, as TextFault.
std::optional<TextFault> find_control_character(std::string_view utf8, bool tab_and_newline_allowed);

// Whether any of the locales is written right to left (Arabic, Hebrew, Persian, Urdu...).
bool declares_right_to_left_locale(const std::vector<std::string>& locales);

// `text` with every control and bidi character written as an escape ("\x1b", "\u202e"),
// and (unless told not to) a backslash as "\\", so a review shows what is there and a
// terminal runs nothing.
std::string visible_escapes(std::string_view text, bool escape_backslash = true);

}  // namespace kiosk
