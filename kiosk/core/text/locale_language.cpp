#include "core/text/locale_language.h"

namespace kiosk {

std::string language_of(std::string_view locale) {
    std::string language;
    for (char c : locale) {
        if (c == '-' || c == '_') break;
        language += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    return language;
}

bool is_language(std::string_view locale, std::string_view language) { return language_of(locale) == language; }

}  // namespace kiosk
