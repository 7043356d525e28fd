#pragma once

#include <cstddef>

#include <algorithm>

#include "core/ui/display_list.h"
#include "core/ui/screen.h"
#include "core/ui/screen_layout.h"
#include "core/ui/theme.h"

namespace kiosk {

// Whether an item at this place on screen is drawn at the current scroll.
bool is_shown(const ScreenLayout& layout, const Rect& on_screen);

// Turns a laid-out screen into drawing commands for one frame.
DisplayList paint_screen(const Screen& screen, const ScreenLayout& layout, std::size_t focus, int scroll,
                         const Theme& theme);

}  // namespace kiosk
