#include "core/content/pack.h"

namespace kiosk {

const Topic* LocaleContent::find_topic(const std::string& id) const {
    auto it = topics.find(id);
    return it == topics.end() ? nullptr : &it->second;
}

std::string LocaleContent::braille_instructions_text() const {
    std::string text;
    for (const std::string& line : braille_instructions) text += (text.empty() ? "" : "\n") + line;
    return text;
}

const LocaleContent& Pack::content_for(const std::string& locale) const {
    if (auto it = locales.find(locale); it != locales.end()) return it->second;
    // "zh-Hans-CN" is served by "zh-Hans", "zh" by the first locale that starts with it.
    for (const auto& [tag, content] : locales) {
        if (locale.rfind(tag + "-", 0) == 0 || tag.rfind(locale + "-", 0) == 0) return content;
    }
    return locales.at(manifest.default_locale);
}

}  // namespace kiosk
