#include "core/content/pack_names.h"

#include "core/content/pack_archive.h"
#include "core/content/text_hygiene.h"

namespace kiosk {
namespace {

bool is_lower_or_digit(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_letter_or_digit(char c) { return is_letter(c) || (c >= '0' && c <= '9'); }

}  // namespace

bool is_valid_id(std::string_view id) {
    if (id.empty() || id.size() > kMaxIdLength) return false;
    if (id.front() == '-' || id.back() == '-') return false;
    for (std::size_t i = 0; i < id.size(); ++i) {
        if (id[i] == '-') {
            if (id[i - 1] == '-') return false;
        } else if (!is_lower_or_digit(id[i])) {
            return false;
        }
    }
    return true;
}

bool is_valid_locale_tag(std::string_view tag) {
    std::size_t start = 0;
    bool first = true;
    while (start <= tag.size()) {
        const std::size_t end = std::min(tag.find('-', start), tag.size());
        const std::string_view part = tag.substr(start, end - start);
        if (part.empty() || part.size() > 8) return false;
        if (first && part.size() < 2) return false;
        for (const char c : part) {
            if (first ? !is_letter(c) : !is_letter_or_digit(c)) return false;
        }
        first = false;
        start = end + 1;
    }
    return true;
}

Status check_pack_path(std::string_view path) {
    if (path.empty()) return failure("a file has no name");
    if (path.front() == '/') return failure("absolute path");
    std::size_t start = 0;
    while (start <= path.size()) {
        const std::size_t end = std::min(path.find('/', start), path.size());
        const std::string_view part = path.substr(start, end - start);
        if (part == "..") return failure("path leads outside the pack ('..')");
        if (part.empty()) return failure("empty part in the path ('//')");
        if (part.front() == '.') return failure("a name starting with '.' is hidden and is not archived");
        for (const char c : part) {
            if (!is_letter_or_digit(c) && c != '-' && c != '_' && c != '.') {
                const bool ascii = static_cast<unsigned char>(c) < 0x80;
                return failure("the character '" +
                               (ascii ? visible_escapes(std::string(1, c)) : std::string("non-ASCII")) +
                               "' may not be in a file name of a pack (use letters, digits, '-', '_' and '.')");
            }
        }
        start = end + 1;
    }
    return {};
}

bool is_archive_bookkeeping_file(std::string_view path) { return path == kContentsFile || path == kSignatureFile; }

}  // namespace kiosk
