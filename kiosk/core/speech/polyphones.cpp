#include "core/speech/polyphones.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <charconv>
#include <set>
#include <utility>

namespace kiosk {
namespace {

struct Syllable {
    std::string base;  // the letters, ü kept, tone marks taken off
    int tone = 5;      // 1-4, 5: neutral
};

// "hàng" -> {"hang", 4}: the tone marks are combining characters after NFD.
Syllable syllable_of(std::string_view reading) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    icu::UnicodeString text =
        icu::UnicodeString::fromUTF8(icu::StringPiece(reading.data(), static_cast<int32_t>(reading.size())));
    if (U_SUCCESS(status)) text = nfd->normalize(text, status);
    Syllable syllable;
    icu::UnicodeString base;
    for (int32_t i = 0; i < text.length(); ++i) {
        switch (text[i]) {
            case 0x0304:
                syllable.tone = 1;
                break;  // macron
            case 0x0301:
                syllable.tone = 2;
                break;  // acute
            case 0x030C:
                syllable.tone = 3;
                break;  // caron
            case 0x0300:
                syllable.tone = 4;
                break;  // grave
            default:
                base.append(text[i]);
        }
    }
    base.toUTF8String(syllable.base);
    return syllable;
}

std::vector<std::string_view> split(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    while (!text.empty()) {
        const std::size_t at = std::min(text.find(separator), text.size());
        if (at > 0) parts.push_back(text.substr(0, at));
        text.remove_prefix(std::min(at + 1, text.size()));
    }
    return parts;
}

}  // namespace

std::vector<std::string> distinct_mandarin_readings(std::string_view xhc_value) {
    std::vector<std::pair<std::string, Syllable>> readings;
    for (std::string_view entry : split(xhc_value, ' ')) {
        const std::size_t colon = entry.find(':');
        if (colon == std::string_view::npos || colon + 1 >= entry.size()) continue;
        std::string reading(entry.substr(colon + 1));
        if (std::none_of(readings.begin(), readings.end(), [&](const auto& r) { return r.first == reading; })) {
            readings.emplace_back(reading, syllable_of(reading));
        }
    }
    std::vector<std::string> distinct;
    for (const auto& entry : readings) {
        const Syllable& syllable = entry.second;
        const bool weakened_form =
            syllable.tone == 5 && std::any_of(readings.begin(), readings.end(), [&](const auto& r) {
                return r.second.tone != 5 && r.second.base == syllable.base;
            });
        if (!weakened_form) distinct.push_back(entry.first);
    }
    return distinct;
}

Polyphones Polyphones::from_unihan_readings(std::string_view text) {
    Polyphones table;
    constexpr std::string_view kField = "kXHC1983";
    for (std::string_view line : split(text, '\n')) {
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        const std::vector<std::string_view> fields = split(line, '\t');
        if (fields.size() != 3 || fields[1] != kField || fields[0].substr(0, 2) != "U+") continue;
        unsigned int code = 0;
        const std::string_view hex = fields[0].substr(2);
        if (std::from_chars(hex.data(), hex.data() + hex.size(), code, 16).ec != std::errc{}) continue;
        std::vector<std::string> readings = distinct_mandarin_readings(fields[2]);
        if (readings.size() > 1) table.readings_[static_cast<char32_t>(code)] = std::move(readings);
    }
    return table;
}

const std::vector<std::string>* Polyphones::readings(char32_t character) const {
    auto it = readings_.find(character);
    return it == readings_.end() ? nullptr : &it->second;
}

}  // namespace kiosk
