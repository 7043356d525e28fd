#pragma once

#include <string>

#include "screens/screen_parts.h"

namespace kiosk {

// One category: a tile per topic, each with its one-line summary.
Screen build_category_screen(const ScreenContext& context, const std::string& category_id);

}  // namespace kiosk
