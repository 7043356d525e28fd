#pragma once

#include "screens/screen_parts.h"

namespace kiosk {

// Help for the screen the resident is on: where they are, then what the keys do.
// Arriving reads it all, so F1 alone is enough to hear it.
Screen build_help_screen(const ScreenContext& context, const Screen& about);

}  // namespace kiosk
