#include "core/content/pack_error.h"

#include <algorithm>

#include "core/content/text_hygiene.h"

namespace kiosk {

std::string PackError::to_string() const {
    std::string out = where.file;
    if (where.line > 0) {
        out += ':' + std::to_string(where.line);
        if (where.column > 0) out += ':' + std::to_string(where.column);
    }
    out += severity == Severity::error ? ": error: " : ": warning: ";
    out += message;
    // A file name or text quoted from a pack may hold control characters; a terminal
    // showing this line must not act on them.
    return visible_escapes(out, false);
}

bool has_errors(const PackErrors& problems) {
    return std::any_of(problems.begin(), problems.end(),
                       [](const PackError& p) { return p.severity == Severity::error; });
}

}  // namespace kiosk
