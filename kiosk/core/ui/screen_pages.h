#pragma once

#include <cstddef>
#include <vector>

#include "core/ui/screen_layout.h"

namespace kiosk {

// One screenful of a long screen, as a reviewer pages through it.
struct ScreenPage {
    int scroll = 0;
    std::size_t focus = 0;  // the first item shown, so the page shows focus too
};

// The pages that show every item from top to bottom: each page after the first starts at
// the row of the first item the page before did not show whole, so no item is seen only
// cut. The last page is scrolled to the end.
std::vector<ScreenPage> screen_pages(const ScreenLayout& layout);

}  // namespace kiosk
