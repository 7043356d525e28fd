#include "core/content/front_matter.h"

namespace kiosk {
namespace {

constexpr const char* kFrontMatterFence = "+++";

}  // namespace

std::optional<FrontMatterSplit> split_front_matter(const std::string& text, const std::string& file,
                                                   PackErrors& problems) {
    auto line_end = [&](std::size_t from) {
        auto end = text.find('\n', from);
        return end == std::string::npos ? text.size() : end;
    };
    auto line_at = [&](std::size_t from) {
        std::string line = text.substr(from, line_end(from) - from);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        return line;
    };
    if (line_at(0) != kFrontMatterFence) {
        problems.push_back({{file, 1, 1},
                            Severity::error,
                            "an article must start with a '+++' line, then its title, summary "
                            "and source, then another '+++' line"});
        return std::nullopt;
    }
    FrontMatterSplit split;
    std::size_t pos = line_end(0) + 1;
    int line = 2;
    const std::size_t front_start = pos;
    while (pos < text.size()) {
        if (line_at(pos) == kFrontMatterFence) {
            split.front_matter = text.substr(front_start, pos - front_start);
            const std::size_t body_start = std::min(text.size(), line_end(pos) + 1);
            split.body = text.substr(body_start);
            split.body_first_line = line + 1;
            return split;
        }
        pos = line_end(pos) + 1;
        ++line;
    }
    problems.push_back({{file, 1, 1}, Severity::error, "the '+++' block opened here is never closed"});
    return std::nullopt;
}

}  // namespace kiosk
