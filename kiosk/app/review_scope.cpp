#include "app/review_scope.h"

#include <algorithm>
#include <optional>

#include "app/option_values.h"
#include "core/ui/theme.h"

namespace kiosk {
namespace {

std::vector<std::string> split_list(const std::string& text) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t comma = std::min(text.find(',', start), text.size());
        if (comma > start) parts.push_back(text.substr(start, comma - start));
        start = comma + 1;
    }
    return parts;
}

std::string add_one(std::string_view flag, const std::string& part, ReviewScope& scope) {
    if (flag == "--locales") {
        scope.locales.push_back(part);
    } else if (flag == "--themes") {
        if (!find_theme(part)) return "unknown theme '" + part + "'";
        scope.themes.push_back(part);
    } else if (flag == "--text-sizes") {
        const std::optional<int> percent = parse_text_size(part);
        if (!percent) return "--text-sizes takes percentages of 100, 150, 200, 300; not '" + part + "'";
        scope.text_sizes.push_back(*percent);
    } else if (flag == "--shapes") {
        const std::optional<Size> size = parse_screen_size(part);
        if (!size) return "--shapes takes WIDTHxHEIGHT sizes, e.g. 1920x1080,1080x1920; not '" + part + "'";
        scope.shapes.push_back(*size);
    } else {
        return "unknown option " + std::string(flag);
    }
    return {};
}

}  // namespace

std::string add_to_review_scope(std::string_view flag, const std::string& list, ReviewScope& scope) {
    const std::vector<std::string> parts = split_list(list);
    if (parts.empty()) return std::string(flag) + " needs a comma-separated list";
    for (const std::string& part : parts) {
        if (std::string error = add_one(flag, part, scope); !error.empty()) return error;
    }
    return {};
}

}  // namespace kiosk
