#pragma once

#include <vector>

#include "screens/screen_parts.h"

namespace kiosk {

// What the kiosk shows while nobody uses it: an invitation in every language of the pack,
// each a large target that starts the kiosk in that language. Any key starts it too.
Screen build_attract_screen(const ScreenContext& context, const std::vector<LanguageChoice>& languages);

}  // namespace kiosk
