#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "core/result.h"

namespace kiosk {

// A pack file seen as form fields, so staff change a figure or a sentence without knowing
// Markdown or TOML. A field is the editable text of a run of lines; what is around it (the
// TOML key and quotes, "## ", a list marker, a claim's {target ...} marker) stays fixed and
// is shown as the field's label. Lines that are no field (blank lines, +++, tables, TOML
// tables and arrays) are kept as they are; they change only in the raw file.
struct FileField {
    enum class Kind { value, heading, paragraph, item, claim };
    Kind kind = Kind::paragraph;
    int first_line = 0;  // 1-based, as problems name them
    int last_line = 0;
    std::string label;   // the TOML key, or the claim's marker
    std::string prefix;  // fixed text before `text` on the first line
    std::string text;    // what staff edit; lines joined by '\n'
    std::string suffix;  // fixed text after `text` on the last line
};

const char* kind_name(FileField::Kind kind);

// The fields of a file: Markdown with +++ TOML front matter when `markdown`, else TOML.
std::vector<FileField> file_fields(const std::string& text, bool markdown);

// The file with field i's text replaced by edits[i] (indices as file_fields returns them).
// Fails, naming the field's line, when an edit would change the file's structure: a line
// break in a one-line field, a quote or backslash in a TOML value, a blank line in a
// paragraph.
Result<std::string> replace_fields(const std::string& text, bool markdown,
                                   const std::map<std::size_t, std::string>& edits);

// The index of the field holding `line`, or -1.
int field_at_line(const std::vector<FileField>& fields, int line);

}  // namespace kiosk
