#include "core/ui/screen_pages.h"

#include <algorithm>

#include "core/ui/screen_painter.h"

namespace kiosk {
namespace {

std::size_t first_shown(const ScreenLayout& layout, int scroll) {
    for (std::size_t i = 0; i < layout.items.size(); ++i) {
        if (is_shown(layout, layout.on_screen(i, scroll))) return i;
    }
    return layout.items.size();  // nothing of the content: the first footer button
}

int next_page_scroll(const ScreenLayout& layout, int scroll) {
    const int page_bottom = scroll + layout.content.h;
    int next = layout.max_scroll();
    for (const ItemBox& item : layout.items) {
        if (item.rect.bottom() > page_bottom) {
            next = std::min(next, item.rect.y - layout.item_gap);
            break;
        }
    }
    // An item taller than the whole area starts the page after it too: move on by a page.
    if (next <= scroll) next = std::min(layout.max_scroll(), scroll + layout.content.h);
    return next;
}

}  // namespace

std::vector<ScreenPage> screen_pages(const ScreenLayout& layout) {
    std::vector<ScreenPage> pages;
    int scroll = 0;
    while (true) {
        pages.push_back({scroll, first_shown(layout, scroll)});
        if (scroll >= layout.max_scroll()) break;
        scroll = next_page_scroll(layout, scroll);
    }
    return pages;
}

}  // namespace kiosk
