#pragma once

#include <string>
#include <string_view>

namespace kiosk {

// The language of a locale tag, in lower case: its first subtag ("zh" of "zh-Hans-CN",
// "en" of "en_US", "ko" of "ko"). The one place the kiosk reads a language from a tag, so
// speech rules, line breaking, lexicons and hyphenation agree on what "Chinese" means.
std::string language_of(std::string_view locale);

// Whether the locale is of this language: "zh-Hans" and "zh" are "zh", "zhx" is not.
bool is_language(std::string_view locale, std::string_view language);

}  // namespace kiosk
