#include "core/content/text_file.h"

#include "core/content/text_hygiene.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace kiosk {

SourceLocation location_of_byte(std::string_view text, std::size_t offset) {
    SourceLocation where{"", 1, 1};
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte == '\n') {
            ++where.line;
            where.column = 1;
        } else if ((byte & 0xC0) != 0x80) {
            ++where.column;
        }
    }
    return where;
}

std::optional<SourceLocation> find_invalid_utf8(const std::string& bytes) {
    const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
    const auto length = static_cast<int32_t>(bytes.size());
    for (int32_t i = 0; i < length;) {
        const int32_t start = i;
        UChar32 c;
        U8_NEXT(s, i, length, c);
        if (c < 0) return location_of_byte(bytes, static_cast<std::size_t>(start));
    }
    return std::nullopt;
}

std::optional<SourceLocation> find_non_nfc(const std::string& utf8) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) return std::nullopt;
    const icu::UnicodeString text = icu::UnicodeString::fromUTF8(utf8);
    const int32_t normal_prefix = nfc->spanQuickCheckYes(text, status);
    if (U_FAILURE(status) || normal_prefix == text.length()) return std::nullopt;
    if (nfc->isNormalized(text, status)) return std::nullopt;  // "maybe" that turned out fine
    // The quick check stops at the starter before the first doubtful character: the
    // start of the sequence that does not compose, which is where to look.
    std::string prefix;
    text.tempSubString(0, normal_prefix).toUTF8String(prefix);
    return location_of_byte(utf8, prefix.size());
}

std::optional<std::string> read_text_file(const PackSource& source, const std::string& relative, PackErrors& problems) {
    auto fail = [&](int line, int column, std::string message) {
        problems.push_back({{relative, line, column}, Severity::error, std::move(message)});
        return std::nullopt;
    };
    const auto size = source.size(relative);
    if (!size) return fail(0, 0, "file not found");
    if (*size > kMaxPackFileBytes) {
        return fail(0, 0,
                    "file is " + std::to_string(*size) + " bytes; the limit is " + std::to_string(kMaxPackFileBytes));
    }
    auto bytes = source.read(relative);
    if (!bytes) return fail(0, 0, bytes.error().message);
    if (bytes->rfind("\xEF\xBB\xBF", 0) == 0) {
        return fail(1, 1, "file starts with a byte order mark (BOM); save it as UTF-8 without BOM");
    }
    if (auto bad = find_invalid_utf8(*bytes)) {
        return fail(bad->line, bad->column, "invalid UTF-8 byte; save the file as UTF-8");
    }
    if (const auto cr = bytes->find('\r'); cr != std::string::npos) {
        const SourceLocation at = location_of_byte(*bytes, cr);
        return fail(at.line, at.column, "Windows line ends (CRLF); save the file with LF line ends");
    }
    // Tab and newline are part of TOML and Markdown; no other control character is text.
    if (auto control = find_control_character(*bytes, true)) {
        const SourceLocation at = location_of_byte(*bytes, control->offset);
        return fail(at.line, at.column, control->message);
    }
    if (auto at = find_non_nfc(*bytes)) {
        return fail(at->line, at->column, "text is not in Unicode normal form C (NFC); re-save it normalised");
    }
    return std::move(*bytes);
}

}  // namespace kiosk
