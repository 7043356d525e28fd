#pragma once

#include <string>

namespace kiosk {

// A language the resident can switch to, named and spoken in that language.
struct LanguageChoice {
    std::string locale;
    std::string name;        // "中文", "English", "한국어"
    std::string voice;       // the voice that says the name
    std::string invitation;  // "touch the screen or press any key", in that language
};

}  // namespace kiosk
