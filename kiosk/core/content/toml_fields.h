#pragma once

#include <toml++/toml.h>

#include <optional>
#include <string>
#include <vector>

#include "core/content/pack_error.h"
#include "core/content/text_hygiene.h"

namespace kiosk {

// Parses TOML text; a syntax error is reported at its line and column.
// `first_line` is the file line on which `text` starts (front matter starts on line 2).
std::optional<toml::table> parse_toml(const std::string& text, const std::string& file, int first_line,
                                      PackErrors& problems);

// Reads named fields of one TOML table and reports missing or mistyped ones,
// so a loader says every problem at once instead of stopping at the first.
class TomlFields {
public:
    TomlFields(const toml::table& table, std::string file, int line_offset, PackErrors& problems)
        : table_(table), file_(std::move(file)), line_offset_(line_offset), problems_(problems) {}

    std::string required_string(const char* key);
    std::string optional_string(const char* key, std::string fallback = {});
    std::vector<std::string> required_string_list(const char* key);
    // Empty when absent; otherwise as required_string_list.
    std::vector<std::string> optional_string_list(const char* key);
    // A TOML date (2026-11-29) or a string, returned as text.
    std::string required_date(const char* key);
    // A TOML date only (2027-06-30, no quotes), as YYYY-MM-DD; empty when absent.
    std::string optional_date(const char* key);
    bool optional_bool(const char* key, bool fallback);
    const toml::table* required_table(const char* key);
    const toml::array* required_array(const char* key);

    // Every string read from now on is checked as a title or label would be.
    void check_text_with(TextHygiene& hygiene) { hygiene_ = &hygiene; }

    int line_of(const char* key) const;
    // Where the value of `key` starts; with `index`, where that entry of its list starts.
    SourceLocation location_of(const char* key, std::optional<std::size_t> index = std::nullopt) const;
    void report(const char* key, std::string message);

private:
    const toml::table& table_;
    std::string file_;
    int line_offset_;
    PackErrors& problems_;
    TextHygiene* hygiene_ = nullptr;

    void check_text(const toml::node& node, const char* key, const std::string& text);
};

}  // namespace kiosk
