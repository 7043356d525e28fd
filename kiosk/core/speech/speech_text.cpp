#include "core/speech/speech_text.h"

namespace kiosk {

std::string join_spoken(const std::vector<std::string>& parts, std::string_view separator) {
    std::string out;
    for (const auto& part : parts) {
        if (part.empty()) continue;
        if (!out.empty()) out += separator;
        out += part;
    }
    return out;
}

std::string speakable(std::string_view shown, std::string_view pause_separator) {
    constexpr std::string_view kBullet = "\xE2\x80\xA2 ";  // "• "
    if (shown.substr(0, kBullet.size()) == kBullet) shown.remove_prefix(kBullet.size());
    std::string out;
    for (char c : shown) {
        if (c == '\n') {
            out += pause_separator;
        } else {
            out += c;
        }
    }
    return out;
}

}  // namespace kiosk
