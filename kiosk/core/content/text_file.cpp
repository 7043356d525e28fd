#include "core/content/text_file.h"

#include <unicode/utf8.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <system_error>

namespace kiosk {

std::optional<SourceLocation> find_invalid_utf8(const std::string& bytes) {
    const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
    const auto length = static_cast<int32_t>(bytes.size());
    int line = 1;
    int column = 1;
    for (int32_t i = 0; i < length;) {
        UChar32 c;
        U8_NEXT(s, i, length, c);
        if (c < 0) return SourceLocation{"", line, column};
        if (c == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return std::nullopt;
}

std::optional<std::string> read_text_file(const std::string& path, const std::string& display_name,
                                          PackErrors& problems) {
    auto fail = [&](int line, int column, std::string message) {
        problems.push_back({{display_name, line, column}, Severity::error, std::move(message)});
        return std::nullopt;
    };
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) return fail(0, 0, "cannot read file: " + ec.message());
    if (size > kMaxPackFileBytes) {
        return fail(0, 0, "file is " + std::to_string(size) + " bytes; the limit is " +
                              std::to_string(kMaxPackFileBytes));
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) return fail(0, 0, "cannot open file");
    std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (bytes.rfind("\xEF\xBB\xBF", 0) == 0) {
        return fail(1, 1, "file starts with a byte order mark (BOM); save it as UTF-8 without BOM");
    }
    if (auto bad = find_invalid_utf8(bytes)) {
        return fail(bad->line, bad->column, "invalid UTF-8 byte; save the file as UTF-8");
    }
    return bytes;
}

}  // namespace kiosk
