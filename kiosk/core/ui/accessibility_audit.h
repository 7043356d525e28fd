#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/ui/screen.h"
#include "core/ui/screen_layout.h"
#include "core/ui/theme.h"

namespace kiosk {

// What a keypad or touch user would run into on a laid-out screen.
struct AuditFinding {
    std::size_t index = 0;  // the focusable item (items, then buttons)
    std::string item;       // "item 3 “法律援助”", "button 1 “返回”"
    std::string rule;       // spoken-text, focus-order, target-size, target-overlap,
                            // target-spacing, focus-visible, focus-contrast
    std::string detail;
};

// Checks, for every focusable item: it has something to say; focus moves in reading order
// (top to bottom, then left to right, buttons after the content); it is a target at least
// `min_target_units` (scaled to the screen) on its smaller side, over no other target and
// apart from each by room for a focus ring; and wherever focus reaches it, moving down or
// up, the item is drawn whole with its focus ring on screen, in colours that stand out.
std::vector<AuditFinding> audit_screen(const Screen& screen, const ScreenLayout& layout, const Theme& theme,
                                       int min_target_units = LayoutMetrics{}.min_target);

}  // namespace kiosk
