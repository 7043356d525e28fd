#pragma once

#include <string>
#include <vector>

#include "screens/screen_parts.h"

namespace kiosk {

// One screen a resident can reach, under a name that is also safe as a file name.
struct CatalogScreen {
    std::string name;  // "home", "category-legal", "topic-legal-aid", "help-home", "languages"
    Screen screen;
};

// Every screen of one language of a pack, in the order a resident meets them: home, each
// category, each topic, the help for each kind of screen, the language screen, the
// settings (at their starting values), the attract screen and the staff maintenance
// screen (with sample facts, and with its exit asking for the second press). Reviews
// (pictures of every screen, the accessibility audit) go through this list, so a screen
// added to the kiosk is reviewed once it is added here.
std::vector<CatalogScreen> screen_catalog(const ScreenContext& context, const std::vector<LanguageChoice>& languages);

// `text` with every character but ASCII letters, digits, '-' and '_' replaced by '-'.
std::string file_name_safe(const std::string& text);

}  // namespace kiosk
