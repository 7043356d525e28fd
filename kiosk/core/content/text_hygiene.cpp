#include "core/content/text_hygiene.h"

#include <unicode/uchar.h>
#include <unicode/uloc.h>
#include <unicode/utf8.h>

#include <cstdio>

namespace kiosk {
namespace {

bool is_bidi_control(UChar32 c) { return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069); }
bool is_control(UChar32 c) { return c < 0x20 || (c >= 0x7F && c <= 0x9F); }

std::string code_point(UChar32 c) {
    char text[16];
    std::snprintf(text, sizeof text, "U+%04X", static_cast<unsigned>(c));
    return text;
}

std::string character_name(UChar32 c) {
    UErrorCode status = U_ZERO_ERROR;
    char name[128];
    const int32_t length = u_charName(c, U_UNICODE_CHAR_NAME, name, sizeof name, &status);
    if (U_FAILURE(status) || length == 0) {
        status = U_ZERO_ERROR;
        u_charName(c, U_EXTENDED_CHAR_NAME, name, sizeof name, &status);
        if (U_FAILURE(status)) return code_point(c);
    }
    return code_point(c) + " " + name;
}

// Calls `visit(code point, byte offset, byte length)` for each character until it returns true.
template <typename Visit>
std::optional<TextFault> first_character(std::string_view utf8, Visit visit) {
    const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
    const auto length = static_cast<int32_t>(utf8.size());
    for (int32_t i = 0; i < length;) {
        const int32_t start = i;
        UChar32 c = 0;
        U8_NEXT(bytes, i, length, c);
        if (auto fault = visit(c, static_cast<std::size_t>(start), static_cast<std::size_t>(i - start))) return fault;
    }
    return std::nullopt;
}

std::optional<TextFault> control_fault(UChar32 c, std::size_t offset, std::size_t length) {
    return TextFault{
        offset, length,
        "control character " + code_point(c) + " in text; it would show as a box or cut the text short, so delete it"};
}

}  // namespace

TextHygiene::TextHygiene(const std::string& locale, bool bidi_in_body)
    : breaker_(locale, nullptr), bidi_in_body_(bidi_in_body) {}

std::optional<TextFault> TextHygiene::check(std::string_view text, TextRole role) {
    const bool bidi_allowed = role == TextRole::body && bidi_in_body_;
    auto fault =
        first_character(text, [&](UChar32 c, std::size_t offset, std::size_t length) -> std::optional<TextFault> {
            if (is_control(c)) return control_fault(c, offset, length);
            if (is_bidi_control(c) && !bidi_allowed) {
                const char* where = role == TextRole::label ? " in a title or label"
                                                            : " in text of a pack with no right-to-left language";
                return TextFault{offset, length,
                                 "bidirectional control " + character_name(c) + where +
                                     "; it reorders what is shown but not what is said, so delete it"};
            }
            return std::nullopt;
        });
    if (fault) return fault;
    if (auto run = breaker_.find_unbreakable_run(text, kMaxUnbreakableRun)) {
        return TextFault{run->offset, run->bytes,
                         std::to_string(run->characters) + " characters with no place to break a line; at most " +
                             std::to_string(kMaxUnbreakableRun) +
                             " fit the kiosk's layout in time, so add spaces or split it"};
    }
    return std::nullopt;
}

std::optional<TextFault> find_control_character(std::string_view utf8, bool tab_and_newline_allowed) {
    return first_character(utf8, [&](UChar32 c, std::size_t offset, std::size_t length) -> std::optional<TextFault> {
        if (tab_and_newline_allowed && (c == '\t' || c == '\n')) return std::nullopt;
        if (is_control(c)) return control_fault(c, offset, length);
        return std::nullopt;
    });
}

bool declares_right_to_left_locale(const std::vector<std::string>& locales) {
    for (const auto& tag : locales) {
        char id[ULOC_FULLNAME_CAPACITY];
        UErrorCode status = U_ZERO_ERROR;
        uloc_forLanguageTag(tag.c_str(), id, sizeof id, nullptr, &status);
        if (U_SUCCESS(status) && uloc_isRightToLeft(id)) return true;
    }
    return false;
}

std::string visible_escapes(std::string_view text, bool escape_backslash) {
    std::string out;
    out.reserve(text.size());
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    const auto length = static_cast<int32_t>(text.size());
    for (int32_t i = 0; i < length;) {
        const int32_t start = i;
        UChar32 c = 0;
        U8_NEXT(bytes, i, length, c);
        char escape[16];
        if (c < 0) {
            std::snprintf(escape, sizeof escape, "\\x%02x", static_cast<unsigned>(bytes[start]));
            out += escape;
            i = start + 1;  // an invalid byte is shown alone, the next one read afresh
        } else if (c == '\\' && escape_backslash) {
            out += "\\\\";
        } else if (c < 0x80 && is_control(c)) {
            std::snprintf(escape, sizeof escape, "\\x%02x", static_cast<unsigned>(c));
            out += escape;
        } else if (is_control(c) || is_bidi_control(c)) {
            std::snprintf(escape, sizeof escape, "\\u%04x", static_cast<unsigned>(c));
            out += escape;
        } else {
            out.append(text.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
        }
    }
    return out;
}

}  // namespace kiosk
