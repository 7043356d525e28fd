#include "core/ui/key_timing.h"

#include <algorithm>
#include <iterator>

namespace kiosk {

int step_among(std::span<const int> steps, int value, int delta, bool wrap) {
    if (delta > 0) {
        const auto above = std::upper_bound(steps.begin(), steps.end(), value);
        if (above != steps.end()) return *above;
        return wrap ? steps.front() : value;
    }
    const auto below = std::lower_bound(steps.begin(), steps.end(), value);
    if (below != steps.begin()) return *std::prev(below);
    return wrap ? steps.back() : value;
}

std::string seconds_text(int ms) {
    std::string text = std::to_string(ms / 1000);
    int rest = ms % 1000;
    if (rest == 0) return text;
    std::string fraction = std::to_string(rest);
    fraction.insert(0, 3 - fraction.size(), '0');
    while (fraction.back() == '0') fraction.pop_back();
    return text + "." + fraction;
}

}  // namespace kiosk
