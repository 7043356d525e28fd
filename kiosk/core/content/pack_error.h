#pragma once

#include <string>
#include <vector>

namespace kiosk {

// Where in a pack a problem is. Line and column are 1-based; 0 means "the whole file".
struct SourceLocation {
    std::string file;
    int line = 0;
    int column = 0;
};

enum class Severity { error, warning };

// A problem a member of staff can act on: it names the file, the line and what is wrong.
struct PackError {
    SourceLocation where;
    Severity severity = Severity::error;
    std::string message;

    // "path:line:col: error: message", the form compilers and editors understand.
    std::string to_string() const;
};

using PackErrors = std::vector<PackError>;

bool has_errors(const PackErrors& problems);

}  // namespace kiosk
