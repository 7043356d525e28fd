#include "core/content/toml_fields.h"

#include <sstream>

namespace kiosk {

std::optional<toml::table> parse_toml(const std::string& text, const std::string& file, int first_line,
                                      PackErrors& problems) {
    try {
        return toml::parse(text, file);
    } catch (const toml::parse_error& e) {
        const auto& begin = e.source().begin;
        problems.push_back({{file, static_cast<int>(begin.line) + first_line - 1, static_cast<int>(begin.column)},
                            Severity::error,
                            "TOML syntax: " + std::string(e.description())});
        return std::nullopt;
    }
}

int TomlFields::line_of(const char* key) const {
    const toml::node* node = table_.get(key);
    const auto& where = node ? node->source() : table_.source();
    return static_cast<int>(where.begin.line) + line_offset_;
}

SourceLocation TomlFields::location_of(const char* key, std::optional<std::size_t> index) const {
    const toml::node* node = table_.get(key);
    if (node != nullptr && index && node->is_array() && *index < node->as_array()->size()) {
        node = node->as_array()->get(*index);
    }
    const auto& where = node ? node->source() : table_.source();
    return {file_, static_cast<int>(where.begin.line) + line_offset_, static_cast<int>(where.begin.column)};
}

void TomlFields::check_text(const toml::node& node, const char* key, const std::string& text) {
    if (hygiene_ == nullptr) return;
    if (auto fault = hygiene_->check(text, TextRole::label)) {
        const auto& where = node.source().begin;
        problems_.push_back({{file_, static_cast<int>(where.line) + line_offset_, static_cast<int>(where.column)},
                             Severity::error,
                             std::string("field '") + key + "': " + fault->message});
    }
}

void TomlFields::report(const char* key, std::string message) {
    problems_.push_back({{file_, line_of(key), 0}, Severity::error, std::move(message)});
}

std::string TomlFields::required_string(const char* key) {
    const toml::node* node = table_.get(key);
    if (node == nullptr) {
        report(key, std::string("missing field '") + key + "'");
        return {};
    }
    auto value = node->value<std::string>();
    if (!value) {
        report(key, std::string("field '") + key + "' must be text in quotes");
        return {};
    }
    if (value->empty()) report(key, std::string("field '") + key + "' is empty");
    check_text(*node, key, *value);
    return *value;
}

std::string TomlFields::optional_string(const char* key, std::string fallback) {
    if (table_.get(key) == nullptr) return fallback;
    return required_string(key);
}

std::vector<std::string> TomlFields::optional_string_list(const char* key) {
    if (table_.get(key) == nullptr) return {};
    return required_string_list(key);
}

std::vector<std::string> TomlFields::required_string_list(const char* key) {
    std::vector<std::string> out;
    const toml::array* array = required_array(key);
    if (array == nullptr) return out;
    for (const auto& element : *array) {
        if (auto value = element.value<std::string>()) {
            check_text(element, key, *value);
            out.push_back(*value);
        } else {
            report(key, std::string("every entry of '") + key + "' must be text in quotes");
        }
    }
    if (out.empty()) report(key, std::string("'") + key + "' lists nothing");
    return out;
}

std::string TomlFields::required_date(const char* key) {
    const toml::node* node = table_.get(key);
    if (node != nullptr && node->is_date()) {
        std::ostringstream text;
        text << *node->as_date();
        return text.str();
    }
    return required_string(key);
}

std::string TomlFields::optional_date(const char* key) {
    const toml::node* node = table_.get(key);
    if (node == nullptr) return {};
    if (!node->is_date()) {
        report(key, std::string("field '") + key + "' must be a date without quotes, e.g. 2027-06-30");
        return {};
    }
    std::ostringstream text;
    text << *node->as_date();
    return text.str();
}

bool TomlFields::optional_bool(const char* key, bool fallback) {
    const toml::node* node = table_.get(key);
    if (node == nullptr) return fallback;
    if (!node->is_boolean()) {
        report(key, std::string("field '") + key + "' must be true or false");
        return fallback;
    }
    return node->value_or(fallback);
}

const toml::table* TomlFields::required_table(const char* key) {
    const toml::node* node = table_.get(key);
    if (node == nullptr || !node->is_table()) {
        report(key, std::string("missing table [") + key + "]");
        return nullptr;
    }
    return node->as_table();
}

const toml::array* TomlFields::required_array(const char* key) {
    const toml::node* node = table_.get(key);
    if (node == nullptr || !node->is_array()) {
        report(key, std::string("missing list '") + key + "'");
        return nullptr;
    }
    return node->as_array();
}

}  // namespace kiosk
