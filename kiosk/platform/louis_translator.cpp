#include "platform/louis_translator.h"

#include <unicode/utf8.h>

#include <liblouis.h>

#include <algorithm>
#include <array>
#include <mutex>
#include <vector>

namespace kiosk {
namespace {

constexpr const char* kChineseTable = "zhcn-cbs.ctb";
constexpr const char* kEnglishTable = "en-ueb-g1.ctb";
constexpr const char* kKoreanTable = "ko-g1.ctb";

std::mutex& louis_lock() {
    static std::mutex lock;
    return lock;
}

// The text as code points, and where each one starts in the UTF-8.
struct CodePoints {
    std::vector<widechar> chars;
    std::vector<std::size_t> starts;
};

CodePoints decode(std::string_view text) {
    CodePoints decoded;
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
    const auto length = static_cast<std::int32_t>(text.size());
    std::int32_t at = 0;
    while (at < length) {
        const std::int32_t start = at;
        UChar32 c = 0;
        U8_NEXT(bytes, at, length, c);
        if (c < 0) c = 0xFFFD;  // a broken byte: shown as one unknown character
        decoded.chars.push_back(static_cast<widechar>(c));
        decoded.starts.push_back(static_cast<std::size_t>(start));
    }
    return decoded;
}

}  // namespace

LouisTranslator::LouisTranslator() {
    const std::scoped_lock held(louis_lock());
    // The tables' own warnings (duplicate emphasis classes) mean nothing to a technician.
    lou_setLogLevel(LOU_LOG_ERROR);
}

// Tables another translator still uses are compiled again on its next call.
LouisTranslator::~LouisTranslator() {
    const std::scoped_lock held(louis_lock());
    lou_free();
}

std::string LouisTranslator::table_for(std::string_view locale) {
    if (locale.rfind("zh", 0) == 0) return kChineseTable;
    if (locale.rfind("ko", 0) == 0) return kKoreanTable;
    return kEnglishTable;
}

Status LouisTranslator::check_tables() {
    const std::scoped_lock held(louis_lock());
    lou_setLogLevel(LOU_LOG_ERROR);
    for (const char* table : {kChineseTable, kEnglishTable, kKoreanTable}) {
        if (lou_checkTable(table) == 0) return failure("liblouis cannot read its braille table " + std::string(table));
    }
    return {};
}

Result<BrailleCells> LouisTranslator::translate(std::string_view text, std::string_view locale) {
    const CodePoints input = decode(text);
    BrailleCells cells;
    if (input.chars.empty()) return cells;
    const std::scoped_lock held(louis_lock());
    const std::string table = table_for(locale);
    // Contractions can lengthen text several times over (a Han character takes up to three
    // cells); grown and tried again if that is not enough.
    std::size_t room = input.chars.size() * 4 + 16;
    for (;;) {
        std::vector<widechar> output(room);
        std::vector<int> input_at(room);
        int in_length = static_cast<int>(input.chars.size());
        int out_length = static_cast<int>(room);
        if (lou_translate(table.c_str(), input.chars.data(), &in_length, output.data(), &out_length, nullptr, nullptr,
                          nullptr, input_at.data(), nullptr, dotsIO) == 0) {
            return failure("liblouis cannot translate with its braille table " + table);
        }
        if (in_length < static_cast<int>(input.chars.size()) && room < input.chars.size() * 64) {
            room *= 2;
            continue;
        }
        cells.dots.reserve(static_cast<std::size_t>(out_length));
        cells.source.reserve(static_cast<std::size_t>(out_length));
        for (int i = 0; i < out_length; ++i) {
            cells.dots.push_back(static_cast<std::uint8_t>(output[static_cast<std::size_t>(i)] & 0xFFU));
            const auto from = static_cast<std::size_t>(input_at[static_cast<std::size_t>(i)]);
            cells.source.push_back(from < input.starts.size() ? input.starts[from] : text.size());
        }
        return cells;
    }
}

Result<std::vector<char32_t>> LouisTranslator::untranslatable(std::string_view text, std::string_view locale) {
    const CodePoints input = decode(text);
    const std::string table = table_for(locale);
    std::vector<char32_t> missing;
    std::vector<char32_t> seen;
    const std::scoped_lock held(louis_lock());
    for (const widechar c : input.chars) {
        const auto code = static_cast<char32_t>(c);
        if (code == U' ' || code == U'\n' || code == U'\t' || std::find(seen.begin(), seen.end(), code) != seen.end()) {
            continue;
        }
        seen.push_back(code);
        // Alone and with undefined characters left out: nothing comes back for a character
        // the table does not define.
        std::array<widechar, 64> output{};
        int in_length = 1;
        auto out_length = static_cast<int>(output.size());
        if (lou_translate(table.c_str(), &c, &in_length, output.data(), &out_length, nullptr, nullptr, nullptr, nullptr,
                          nullptr, dotsIO | noUndefined) == 0) {
            return failure("liblouis cannot translate with its braille table " + table);
        }
        if (out_length == 0) missing.push_back(code);
    }
    return missing;
}

}  // namespace kiosk
