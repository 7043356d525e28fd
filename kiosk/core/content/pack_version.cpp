#include "core/content/pack_version.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace kiosk {
namespace {

std::vector<std::string> parts(const std::string& version) {
    std::vector<std::string> result(1);
    for (const char c : version) {
        if (c == '.') {
            result.emplace_back();
        } else {
            result.back() += c;
        }
    }
    return result;
}

bool is_number(const std::string& text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c); });
}

int compare_parts(const std::string& a, const std::string& b) {
    if (is_number(a) && is_number(b)) {
        const auto skip_zeros = [](const std::string& s) {
            return s.substr(std::min(s.find_first_not_of('0'), s.size()));
        };
        const std::string x = skip_zeros(a), y = skip_zeros(b);
        if (x.size() != y.size()) return x.size() < y.size() ? -1 : 1;
        return x.compare(y) < 0 ? -1 : (x == y ? 0 : 1);
    }
    return a.compare(b) < 0 ? -1 : (a == b ? 0 : 1);
}

}  // namespace

int compare_versions(const std::string& a, const std::string& b) {
    const auto x = parts(a), y = parts(b);
    for (std::size_t i = 0; i < std::min(x.size(), y.size()); ++i) {
        if (const int order = compare_parts(x[i], y[i]); order != 0) return order;
    }
    if (x.size() == y.size()) return 0;
    return x.size() < y.size() ? -1 : 1;
}

Status may_follow(const std::optional<ShownPack>& shown, const ShownPack& next, bool edited_in_place,
                  const std::optional<std::string>& allowed_version) {
    if (!shown || (allowed_version && *allowed_version == next.version)) return {};
    if (next.id != shown->id) {
        return failure("pack '" + next.id + "' is not the pack this kiosk shows ('" + shown->id +
                       "'); to change packs, allow its version (kiosk --allow-version " + next.version + ")");
    }
    const int order = compare_versions(next.version, shown->version);
    if (order < 0) {
        return failure("version " + next.version + " is older than version " + shown->version +
                       ", already shown; to go back, allow it (kiosk --allow-version " + next.version + ")");
    }
    if (order == 0 && next.digest != shown->digest && !edited_in_place) {
        return failure("version " + next.version +
                       " was already shown with other content; give the new pack a new version");
    }
    return {};
}

}  // namespace kiosk
