#pragma once

#include "screens/screen_parts.h"

namespace kiosk {

// The first screen: one large tile per category, with how many topics it holds.
Screen build_home_screen(const ScreenContext& context);

}  // namespace kiosk
