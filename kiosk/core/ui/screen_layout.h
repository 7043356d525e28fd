#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "core/text/line_breaker.h"
#include "core/text/text_measurer.h"
#include "core/ui/geometry.h"
#include "core/ui/screen.h"

namespace kiosk {

// Sizes in units: one unit is one pixel on a screen whose shorter side is 1080 pixels,
// so the same screen works at 1920x1080, 1280x1024 and 1080x1920.
struct LayoutMetrics {
    int margin = 48;
    int gap = 28;  // between items: room for the focus ring and its gap on both sides
    int title_px = 64;
    int subtitle_px = 40;
    int tile_label_px = 52;
    int tile_detail_px = 40;
    int tile_padding = 28;
    int tile_min_width = 540;
    int tile_min_height = 120;
    int max_tile_columns = 3;
    int body_px = 40;
    int heading_px = 50;
    int summary_px = 46;
    int source_px = 40;
    int text_padding = 16;
    int button_px = 44;
    int button_min_width = 240;
    int button_min_height = 110;
    int focus_ring = 6;
    int focus_gap = 6;
    int min_target = 96;  // the smaller side of anything that takes a touch (about 2 cm)
};

// The text sizes a resident can choose, in percent of the standard size.
inline constexpr std::array<int, 4> kTextSizes = {100, 150, 200, 300};

// The page's text, tiles and their columns grow with the text size (headings and tile
// labels up to 250%); the header title grows up to 150% and footer buttons to 125%, so
// at 300% the page keeps room for several lines.
LayoutMetrics metrics_for_text_size(int percent);

struct TextBox {
    std::vector<std::string> lines;
    std::vector<int> widths;  // of each line, for centring
    FontSpec font;
    int line_height = 0;
    int forced_breaks = 0;  // words cut because they were wider than the line
};

struct ItemBox {
    Rect rect;  // content items: in scrolled content space; buttons: on screen
    int padding = 0;
    TextBox label;
    TextBox detail;
    bool detail_beside_label = false;  // a short detail ("6项") sits at the right of a one-line label
    bool estimated = false;            // not laid out yet: its height is a guess and it has no lines
};

struct ScreenLayout {
    Size viewport;
    double scale = 1.0;
    int focus_ring = 0;
    int focus_gap = 0;
    int item_gap = 0;  // space between items, at least the focus ring and its gap
    Rect header;
    TextBox title;
    TextBox subtitle;
    // A subtitle that would make the header too tall moves to the top of the page and
    // scrolls with it, so large text keeps room on the page; it starts at subtitle_top
    // in content space.
    bool subtitle_scrolls = false;
    int subtitle_top = 0;
    int header_padding = 0;
    Rect content;  // the part of the screen that scrolls
    Rect footer;
    std::vector<ItemBox> items;
    std::vector<ItemBox> buttons;
    int content_height = 0;
    int items_top = 0;  // where the first item starts, in content space

    int max_scroll() const { return content_height > content.h ? content_height - content.h : 0; }
    // Where a focusable item (items first, then buttons) is on screen at a scroll offset.
    Rect on_screen(std::size_t index, int scroll) const;
};

// The whole screen laid out: for reviews, audits and checks.
ScreenLayout layout_screen(const Screen& screen, Size viewport, TextMeasurer& measurer, LineBreaker& breaker,
                           const LayoutMetrics& metrics = {});

// What the kiosk needs at one moment. A page of ordinary length is laid out whole. On a
// longer one (a pack file may hold a megabyte) every item first gets a height estimated
// from its length, and only item `focus` and the items between `top` and `bottom`
// (content space) are laid out, so the time it takes does not grow with the page.
ScreenLayout layout_screen_until(const Screen& screen, Size viewport, TextMeasurer& measurer, LineBreaker& breaker,
                                 const LayoutMetrics& metrics, std::size_t focus, int top, int bottom);
// Lays out item `focus` and the items between `top` and `bottom` that are still
// estimated, moving the items after each by the difference. Returns how far the items
// that were wholly above `top` moved it, for the caller to keep the view where it was.
int extend_layout(ScreenLayout& layout, const Screen& screen, TextMeasurer& measurer, LineBreaker& breaker,
                  const LayoutMetrics& metrics, std::size_t focus, int top, int bottom);

// The scroll offset nearest to `scroll` that shows the whole focused item (or its top,
// when it is taller than the screen). Scrolling down stops at the top of a row.
int scroll_to_show(const ScreenLayout& layout, std::size_t focus, int scroll);

// For an item taller than the screen: the scroll that brings its first line not yet
// wholly in view to the top, or nothing when the item's end is already in view.
std::optional<int> scroll_within(const ScreenLayout& layout, std::size_t focus, int scroll);

// The row top nearest to `scroll`, where a page dragged by hand comes to rest.
int snap_to_row(const ScreenLayout& layout, int scroll);

}  // namespace kiosk
