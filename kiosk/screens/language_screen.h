#pragma once

#include <vector>

#include "screens/screen_parts.h"

namespace kiosk {

// The languages of the pack, each shown and spoken in its own language and voice, so a
// resident who cannot read the current one still recognises their own.
Screen build_language_screen(const ScreenContext& context, const std::vector<LanguageChoice>& languages,
                             const std::string& current_locale);

}  // namespace kiosk
