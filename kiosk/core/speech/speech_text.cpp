#include "core/speech/speech_text.h"

namespace kiosk {

namespace {

// Punctuation after which the synthesizer already pauses.
bool ends_with_pause(std::string_view text) {
    for (std::string_view mark : {"。", "，", "！", "？", "；", "：", ".", ",", "!", "?", ";", ":"}) {
        if (text.size() >= mark.size() && text.substr(text.size() - mark.size()) == mark) return true;
    }
    return false;
}

}  // namespace

// A part that already ends in punctuation keeps it alone: "…阅读。" + "。" would be read
// as two pauses. Only the separator's spacing is kept then (", " → " ").
std::string join_spoken(const std::vector<std::string>& parts, std::string_view separator) {
    std::string out;
    for (const auto& part : parts) {
        if (part.empty()) continue;
        if (!out.empty()) {
            if (!ends_with_pause(out)) {
                out += separator;
            } else if (!separator.empty() && separator.back() == ' ') {
                out += ' ';
            }
        }
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
