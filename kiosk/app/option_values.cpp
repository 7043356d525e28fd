#include "app/option_values.h"

#include <charconv>
#include <cmath>
#include <cstdio>

#include "core/ui/key_timing.h"
#include "core/ui/screen_layout.h"
#include "core/ui/theme.h"

namespace kiosk {
namespace {

Failure<Error> refused(const std::string& takes, const std::string& text) {
    return failure("takes " + takes + "; not '" + text + "'");
}

// Seconds with up to three decimals, "off" being 0, from `low_ms` to `high_ms` or 0 when
// `off` is allowed; in milliseconds. Read without the locale: "0.5" everywhere.
Result<int> read_seconds(const std::string& text, int low_ms, int high_ms, bool off) {
    const std::string takes = (off ? "off, 0 or " : "") + seconds_text(low_ms) + " to " + seconds_text(high_ms) +
                              " seconds, e.g. " + seconds_text(high_ms / 2);
    if (off && text == "off") return 0;
    double seconds = 0;
    const char* end = text.data() + text.size();
    const auto [stop, error] = std::from_chars(text.data(), end, seconds);
    const double ms = seconds * 1000;
    if (text.empty() || error != std::errc{} || stop != end || !std::isfinite(ms) || ms != std::round(ms)) {
        return refused(takes, text);
    }
    const int whole = static_cast<int>(std::lround(ms));
    if ((whole == 0 && off) || (whole >= low_ms && whole <= high_ms)) return whole;
    return refused(takes, text);
}

}  // namespace

Result<int> read_key_repeat(const std::string& text) {
    return read_seconds(text, kShortestRepeatDelayMs, kLongestRepeatDelayMs, true);
}

Result<int> read_double_press(const std::string& text) { return read_seconds(text, 0, kLongestDoublePressMs, true); }

Result<int> read_slow_keys(const std::string& text) { return read_seconds(text, 0, kLongestSlowKeysMs, true); }

Result<Size> read_screen_size(const std::string& text) {
    int w = 0;
    int h = 0;
    char rest = 0;
    if (std::sscanf(text.c_str(), "%dx%d%c", &w, &h, &rest) != 2 || w < 320 || h < 240 || w > 7680 || h > 7680) {
        return refused("WIDTHxHEIGHT from 320x240 to 7680x7680, e.g. 1280x1024", text);
    }
    return Size{w, h};
}

Result<int> read_text_size(const std::string& text) {
    for (int percent : kTextSizes) {
        if (std::to_string(percent) == text) return percent;
    }
    return refused("one of " + text_size_list(), text);
}

Result<std::string> read_theme_name(const std::string& text) {
    std::string names;
    for (const auto& theme : builtin_themes()) {
        if (theme.name == text) return text;
        names += (names.empty() ? "" : ", ") + theme.name;
    }
    return refused("one of " + names, text);
}

std::string text_size_list() {
    std::string sizes;
    for (int size : kTextSizes) sizes += (sizes.empty() ? "" : ", ") + std::to_string(size);
    return sizes;
}

}  // namespace kiosk
