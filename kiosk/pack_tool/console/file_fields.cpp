#include "pack_tool/console/file_fields.h"

#include <algorithm>
#include <cctype>
#include <regex>

namespace kiosk {
namespace {

std::vector<std::string> split_lines(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t at = 0;
    while (at <= text.size()) {
        const std::size_t end = std::min(text.find('\n', at), text.size());
        lines.push_back(text.substr(at, end - at));
        at = end + 1;
    }
    return lines;  // a final newline leaves an empty last line, kept on the way back
}

std::string join_lines(const std::vector<std::string>& lines) {
    std::string out;
    for (std::size_t i = 0; i < lines.size(); ++i) out += (i ? "\n" : "") + lines[i];
    return out;
}

bool blank(const std::string& line) { return line.find_first_not_of(" \t") == std::string::npos; }

// key = "value" on one line, the value a basic string without escapes.
bool toml_value(const std::string& line, int number, std::vector<FileField>& out) {
    static const std::regex pattern(R"(^(\s*("[^"\\]*"|[A-Za-z0-9_.-]+)\s*=\s*")([^"\\]*)("\s*(#.*)?)$)");
    std::smatch match;
    if (!std::regex_match(line, match, pattern)) return false;
    std::string key = match[2].str();
    if (key.size() >= 2 && key.front() == '"') key = key.substr(1, key.size() - 2);
    out.push_back({FileField::Kind::value, number, number, key, match[1].str(), match[3].str(), match[4].str()});
    return true;
}

bool heading(const std::string& line) { return line.rfind('#', 0) == 0; }
bool table_row(const std::string& line) { return line.rfind('|', 0) == 0; }
bool fence(const std::string& line) { return line.rfind("```", 0) == 0 || line.rfind("~~~", 0) == 0; }

// "- ", "* " or "12. ": the marker of a list item, or 0.
std::size_t item_marker(const std::string& line) {
    if (line.rfind("- ", 0) == 0 || line.rfind("* ", 0) == 0) return 2;
    std::size_t digits = 0;
    while (digits < line.size() && std::isdigit(static_cast<unsigned char>(line[digits]))) ++digits;
    if (digits > 0 && line.compare(digits, 2, ". ") == 0) return digits + 2;
    return 0;
}

// A paragraph or list item starting with a claim marker {target ...} shows it as its label.
void split_claim(FileField& field) {
    if (field.text.rfind('{', 0) != 0) return;
    const std::size_t close = field.text.find('}');
    if (close == std::string::npos || field.text.find('\n') < close) return;
    std::size_t start = close + 1;
    while (start < field.text.size() && field.text[start] == ' ') ++start;
    field.kind = FileField::Kind::claim;
    field.label = field.text.substr(0, close + 1);
    field.prefix += field.text.substr(0, start);
    field.text = field.text.substr(start);
}

void markdown_fields(const std::vector<std::string>& lines, std::size_t from, std::vector<FileField>& out) {
    bool in_fence = false;
    for (std::size_t i = from; i < lines.size();) {
        const std::string& line = lines[i];
        const int number = static_cast<int>(i) + 1;
        if (fence(line)) in_fence = !in_fence;
        if (in_fence || fence(line) || blank(line) || table_row(line)) {
            ++i;
            continue;
        }
        if (heading(line)) {
            const std::size_t hashes = line.find_first_not_of('#');
            const std::size_t start = line.find_first_not_of(' ', hashes);
            if (start != std::string::npos) {
                out.push_back(
                    {FileField::Kind::heading, number, number, "", line.substr(0, start), line.substr(start), ""});
            }
            ++i;
            continue;
        }
        const std::size_t marker = item_marker(line);
        FileField field{marker ? FileField::Kind::item : FileField::Kind::paragraph,
                        number,
                        number,
                        "",
                        line.substr(0, marker),
                        line.substr(marker),
                        ""};
        // The block goes on until a blank line, a heading, a table, a fence or another item.
        std::size_t next = i + 1;
        while (next < lines.size() && !blank(lines[next]) && !heading(lines[next]) && !table_row(lines[next]) &&
               !fence(lines[next]) && item_marker(lines[next]) == 0) {
            field.text += "\n" + lines[next];
            ++next;
        }
        field.last_line = static_cast<int>(next);
        split_claim(field);
        out.push_back(std::move(field));
        i = next;
    }
}

}  // namespace

const char* kind_name(FileField::Kind kind) {
    switch (kind) {
        case FileField::Kind::value:
            return "value";
        case FileField::Kind::heading:
            return "heading";
        case FileField::Kind::paragraph:
            return "paragraph";
        case FileField::Kind::item:
            return "item";
        case FileField::Kind::claim:
            return "claim";
    }
    return "paragraph";
}

std::vector<FileField> file_fields(const std::string& text, bool markdown) {
    const std::vector<std::string> lines = split_lines(text);
    std::vector<FileField> fields;
    std::size_t i = 0;
    if (markdown) {
        if (lines.empty() || lines[0] != "+++") {
            markdown_fields(lines, 0, fields);
            return fields;
        }
        for (i = 1; i < lines.size() && lines[i] != "+++"; ++i) toml_value(lines[i], static_cast<int>(i) + 1, fields);
        markdown_fields(lines, i + 1, fields);
        return fields;
    }
    for (; i < lines.size(); ++i) toml_value(lines[i], static_cast<int>(i) + 1, fields);
    return fields;
}

Result<std::string> replace_fields(const std::string& text, bool markdown,
                                   const std::map<std::size_t, std::string>& edits) {
    const std::vector<FileField> fields = file_fields(text, markdown);
    std::vector<std::string> lines = split_lines(text);
    // From the last field up, so the line numbers of those before stay true.
    for (auto edit = edits.rbegin(); edit != edits.rend(); ++edit) {
        if (edit->first >= fields.size()) return failure("field " + std::to_string(edit->first) + " does not exist");
        const FileField& field = fields[edit->first];
        const std::string& value = edit->second;
        const auto refuse = [&](const std::string& why) {
            return failure(Error("", why, field.first_line, static_cast<int>(field.prefix.size()) + 1));
        };
        const bool one_line = field.kind == FileField::Kind::value || field.kind == FileField::Kind::heading;
        if (one_line && value.find('\n') != std::string::npos) return refuse("this field is one line");
        if (field.kind == FileField::Kind::value && value.find_first_of("\"\\") != std::string::npos) {
            return refuse("a straight quote or a backslash needs the raw file; use “ ” here");
        }
        if (value.find("\n\n") != std::string::npos || blank(value)) {
            return refuse("the field may not be empty or hold a blank line");
        }
        const std::vector<std::string> replaced = split_lines(field.prefix + value + field.suffix);
        lines.erase(lines.begin() + field.first_line - 1, lines.begin() + field.last_line);
        lines.insert(lines.begin() + field.first_line - 1, replaced.begin(), replaced.end());
    }
    return join_lines(lines);
}

int field_at_line(const std::vector<FileField>& fields, int line) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (fields[i].first_line <= line && line <= fields[i].last_line) return static_cast<int>(i);
    }
    return -1;
}

}  // namespace kiosk
