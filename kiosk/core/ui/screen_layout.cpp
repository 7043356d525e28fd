#include "core/ui/screen_layout.h"

#include <algorithm>
#include <cmath>

namespace kiosk {
namespace {

class Scaler {
public:
    explicit Scaler(double scale) : scale_(scale) {}
    int operator()(int units) const { return static_cast<int>(std::lround(units * scale_)); }
    FontSpec font(int px_units, FontWeight weight = FontWeight::regular) const {
        return {std::max(1, (*this)(px_units)), weight};
    }

private:
    double scale_;
};

// The header may take a quarter of the screen's height; beyond that its subtitle scrolls.
constexpr int kMostOfScreenForHeader = 4;

// A page with more text than this is laid out only where it is seen (layout_screen_until).
// Ordinary pages are far shorter and are laid out whole at once.
constexpr std::size_t kWholeLayoutBytes = 16 * 1024;

bool laid_out_in_parts(const Screen& screen) {
    std::size_t bytes = 0;
    for (const Item& item : screen.items) {
        if (item.style == ItemStyle::tile) return false;  // grids of tiles are short
        bytes += item.label.size();
    }
    return bytes > kWholeLayoutBytes;
}

class Layouter {
public:
    Layouter(Size viewport, TextMeasurer& measurer, LineBreaker& breaker, const LayoutMetrics& m)
        : viewport_(viewport),
          scale_(std::min(viewport.w, viewport.h) / 1080.0),
          u_(scale_),
          measurer_(measurer),
          breaker_(breaker),
          m_(m) {}

    ScreenLayout run(const Screen& screen, bool in_parts = false) {
        ScreenLayout out;
        out.viewport = viewport_;
        out.scale = scale_;
        out.focus_ring = std::max(4, u_(m_.focus_ring));
        out.focus_gap = std::max(2, u_(m_.focus_gap));
        out.item_gap = u_(m_.gap);
        layout_header(screen, out);
        layout_footer(screen, out);
        const int margin = u_(m_.margin);
        out.content = {margin, out.header.bottom(), viewport_.w - 2 * margin, out.footer.y - out.header.bottom()};
        int page_top = u_(m_.gap);
        if (!out.subtitle.lines.empty() && out.header.h > viewport_.h / kMostOfScreenForHeader) {
            out.subtitle_scrolls = true;
            out.header.h -= height_of(out.subtitle);
            out.content = {margin, out.header.bottom(), viewport_.w - 2 * margin, out.footer.y - out.header.bottom()};
            out.subtitle_top = page_top;
            page_top += height_of(out.subtitle) + u_(m_.gap);
        }
        out.items_top = page_top;
        if (in_parts) {
            estimate_items(screen, out);
        } else {
            layout_items(screen, out, page_top);
        }
        return out;
    }

    // Lays out the estimated items that `focus` and [top, bottom] need, each moving the
    // items after it by the difference; returns how far the items above `top` moved.
    int lay_out_needed(const Screen& screen, ScreenLayout& out, std::size_t focus, int top, int bottom) {
        int moved_above = 0;
        auto lay_out = [&](std::size_t i) {
            const Item& item = screen.items[i];
            ItemBox box =
                item.style == ItemStyle::setting ? tile_box(item, out.content.w) : text_box(item, out.content.w);
            const bool above = out.items[i].rect.bottom() <= top;
            box.rect.y = out.items[i].rect.y;
            const int delta = box.rect.h - out.items[i].rect.h;
            out.items[i] = std::move(box);
            for (std::size_t j = i + 1; j < out.items.size(); ++j) out.items[j].rect.y += delta;
            out.content_height += delta;
            if (above) moved_above += delta;
        };
        if (focus < out.items.size() && out.items[focus].estimated) lay_out(focus);
        for (std::size_t i = 0; i < out.items.size(); ++i) {
            const Rect& r = out.items[i].rect;
            if (r.y > bottom) break;
            if (out.items[i].estimated && r.bottom() >= top) lay_out(i);
        }
        return moved_above;
    }

private:
    TextBox wrap(const std::string& text, FontSpec font, int width) {
        TextBox box;
        box.font = font;
        box.line_height = measurer_.line_height(font);
        if (!text.empty())
            box.lines = breaker_.break_lines(text, std::max(1, width), font, measurer_, &box.forced_breaks);
        for (const auto& line : box.lines) box.widths.push_back(measurer_.width(line, font));
        return box;
    }

    static int height_of(const TextBox& box) { return static_cast<int>(box.lines.size()) * box.line_height; }

    void layout_header(const Screen& screen, ScreenLayout& out) {
        const int margin = u_(m_.margin);
        const int pad = u_(m_.tile_padding);
        const int width = viewport_.w - 2 * margin;
        out.header_padding = pad;
        out.title = wrap(screen.title, u_.font(m_.title_px, FontWeight::bold), width);
        out.subtitle = wrap(screen.subtitle, u_.font(m_.subtitle_px), width);
        out.header = {0, 0, viewport_.w, pad + height_of(out.title) + height_of(out.subtitle) + pad};
    }

    ItemBox button_box(const Item& item) {
        ItemBox box;
        box.padding = u_(m_.tile_padding);
        const FontSpec font = u_.font(m_.button_px, FontWeight::bold);
        const int max_text = viewport_.w - 2 * u_(m_.margin) - 2 * box.padding;
        box.label = wrap(item.label, font, max_text);
        int text_width = 0;
        for (int w : box.label.widths) text_width = std::max(text_width, w);
        box.rect.w = std::max(u_(m_.button_min_width), text_width + 2 * box.padding);
        box.rect.h = std::max(u_(m_.button_min_height), height_of(box.label) + 2 * box.padding);
        return box;
    }

    // Buttons sit in centred rows along the bottom; a row that would overflow wraps.
    void layout_footer(const Screen& screen, ScreenLayout& out) {
        const int margin = u_(m_.margin);
        const int gap = u_(m_.gap);
        std::vector<std::vector<ItemBox>> rows(1);
        int row_width = 0;
        for (const auto& item : screen.buttons) {
            ItemBox box = button_box(item);
            if (!rows.back().empty() && row_width + gap + box.rect.w > viewport_.w - 2 * margin) {
                rows.emplace_back();
                row_width = 0;
            }
            row_width += (rows.back().empty() ? 0 : gap) + box.rect.w;
            rows.back().push_back(std::move(box));
        }
        int height = gap;
        for (const auto& row : rows) {
            int row_h = 0;
            for (const auto& b : row) row_h = std::max(row_h, b.rect.h);
            height += row_h + gap;
        }
        out.footer = {0, viewport_.h - height, viewport_.w, height};
        int y = out.footer.y + gap;
        for (auto& row : rows) {
            int total = 0, row_h = 0;
            for (const auto& b : row) {
                total += b.rect.w;
                row_h = std::max(row_h, b.rect.h);
            }
            total += gap * static_cast<int>(row.empty() ? 0 : row.size() - 1);
            int x = (viewport_.w - total) / 2;
            for (auto& b : row) {
                b.rect.x = x;
                b.rect.y = y;
                b.rect.h = row_h;
                x += b.rect.w + gap;
                out.buttons.push_back(std::move(b));
            }
            y += row_h + gap;
        }
    }

    ItemBox text_box(const Item& item, int width) {
        ItemBox box;
        box.padding = u_(m_.text_padding);
        FontSpec font = u_.font(m_.body_px);
        if (item.style == ItemStyle::heading) font = u_.font(m_.heading_px, FontWeight::bold);
        if (item.style == ItemStyle::summary) font = u_.font(m_.summary_px, FontWeight::bold);
        if (item.style == ItemStyle::source) font = u_.font(m_.source_px);
        box.label = wrap(item.label, font, width - 2 * box.padding);
        box.rect = {0, 0, width, std::max(u_(m_.min_target), height_of(box.label) + 2 * box.padding)};
        return box;
    }

    ItemBox tile_box(const Item& item, int width) {
        ItemBox box;
        box.padding = u_(m_.tile_padding);
        const int inner = width - 2 * box.padding;
        box.label = wrap(item.label, u_.font(m_.tile_label_px, FontWeight::bold), inner);
        box.detail = wrap(item.detail, u_.font(m_.tile_detail_px), inner);
        // Beside the label when both fit on one line: a shorter tile shows more of them.
        box.detail_beside_label = box.label.lines.size() == 1 && box.detail.lines.size() == 1 &&
                                  box.label.widths[0] + u_(m_.gap) + box.detail.widths[0] <= inner;
        const int text_h =
            box.detail_beside_label ? box.label.line_height : height_of(box.label) + height_of(box.detail);
        box.rect = {0, 0, width, std::max(u_(m_.tile_min_height), text_h + 2 * box.padding)};
        return box;
    }

    int tile_columns(int width) const {
        const int gap = u_(m_.gap);
        const int fit = (width + gap) / (u_(m_.tile_min_width) + gap);
        return std::clamp(fit, 1, m_.max_tile_columns);
    }

    // An item not laid out yet: as tall as its text would be at about two characters
    // per em, so the page's length and the scroll bar are about right.
    ItemBox estimated_box(const Item& item, int width) {
        ItemBox box;
        box.estimated = true;
        box.padding = u_(m_.text_padding);
        box.label.font = u_.font(item.style == ItemStyle::heading ? m_.heading_px : m_.body_px);
        box.label.line_height = measurer_.line_height(box.label.font);
        const auto per_line = static_cast<std::size_t>(std::max(1, 2 * (width - 2 * box.padding) / box.label.font.px));
        const int lines = static_cast<int>(item.label.size() / per_line) + 1;
        box.rect = {0, 0, width, std::max(u_(m_.min_target), lines * box.label.line_height + 2 * box.padding)};
        return box;
    }

    void estimate_items(const Screen& screen, ScreenLayout& out) {
        int y = out.items_top;
        for (const Item& item : screen.items) {
            ItemBox box = estimated_box(item, out.content.w);
            box.rect.y = y;
            y += box.rect.h + u_(m_.gap);
            out.items.push_back(std::move(box));
        }
        out.content_height = y;
    }

    // Tiles fill rows of equal-height cells; other items take the full width.
    void layout_items(const Screen& screen, ScreenLayout& out, int page_top) {
        const int gap = u_(m_.gap);
        const int width = out.content.w;
        const int columns = tile_columns(width);
        const int tile_w = (width - gap * (columns - 1)) / columns;
        int y = page_top;
        std::size_t i = 0;
        while (i < screen.items.size()) {
            if (screen.items[i].style != ItemStyle::tile) {
                ItemBox box = screen.items[i].style == ItemStyle::setting ? tile_box(screen.items[i], width)
                                                                          : text_box(screen.items[i], width);
                box.rect.y = y;
                y += box.rect.h + gap;
                out.items.push_back(std::move(box));
                ++i;
                continue;
            }
            std::vector<ItemBox> row;
            for (int c = 0; c < columns && i < screen.items.size() && screen.items[i].style == ItemStyle::tile;
                 ++c, ++i) {
                row.push_back(tile_box(screen.items[i], tile_w));
            }
            // Tiles in one row show their details the same way, so the row reads evenly.
            const bool all_beside = std::all_of(row.begin(), row.end(), [](const ItemBox& b) {
                return b.detail_beside_label || b.detail.lines.empty();
            });
            for (auto& b : row) b.detail_beside_label = b.detail_beside_label && all_beside;
            int row_h = 0;
            for (const auto& b : row) {
                row_h = std::max(row_h, b.rect.h);
                if (!all_beside)
                    row_h =
                        std::max(row_h, b.padding * 2 + b.label.line_height * static_cast<int>(b.label.lines.size()) +
                                            b.detail.line_height * static_cast<int>(b.detail.lines.size()));
            }
            int x = 0;
            for (auto& b : row) {
                b.rect.x = x;
                b.rect.y = y;
                b.rect.h = row_h;
                x += tile_w + gap;
                out.items.push_back(std::move(b));
            }
            y += row_h + gap;
        }
        out.content_height = y;
    }

    Size viewport_;
    double scale_;
    Scaler u_;
    TextMeasurer& measurer_;
    LineBreaker& breaker_;
    const LayoutMetrics& m_;
};

}  // namespace

LayoutMetrics metrics_for_text_size(int percent) {
    LayoutMetrics m;
    const double text = percent / 100.0;
    const double chrome = std::min(text, 1.5);
    auto grow = [](int& units, double factor) { units = static_cast<int>(std::lround(units * factor)); };
    for (int* units : {&m.body_px, &m.source_px, &m.tile_detail_px, &m.tile_min_width}) grow(*units, text);
    // Headings and tile labels are larger than the body to begin with; grown all the way
    // they would leave room for only a word or two a line, so beyond 250% they stop.
    for (int* units : {&m.heading_px, &m.summary_px, &m.tile_label_px}) grow(*units, std::min(text, 2.5));
    for (int* units : {&m.title_px, &m.subtitle_px}) grow(*units, chrome);
    // Footer buttons grow with their labels to 125%, and their smallest width stays, so
    // one row of them fits a landscape screen in every language.
    grow(m.button_px, std::min(text, 1.25));
    return m;
}

Rect ScreenLayout::on_screen(std::size_t index, int scroll) const {
    if (index >= items.size()) return buttons.at(index - items.size()).rect;
    return items[index].rect.translated(content.x, content.y - scroll);
}

ScreenLayout layout_screen(const Screen& screen, Size viewport, TextMeasurer& measurer, LineBreaker& breaker,
                           const LayoutMetrics& metrics) {
    return Layouter(viewport, measurer, breaker, metrics).run(screen);
}

ScreenLayout layout_screen_until(const Screen& screen, Size viewport, TextMeasurer& measurer, LineBreaker& breaker,
                                 const LayoutMetrics& metrics, std::size_t focus, int top, int bottom) {
    Layouter layouter(viewport, measurer, breaker, metrics);
    ScreenLayout layout = layouter.run(screen, laid_out_in_parts(screen));
    layouter.lay_out_needed(screen, layout, focus, top, bottom);
    return layout;
}

int extend_layout(ScreenLayout& layout, const Screen& screen, TextMeasurer& measurer, LineBreaker& breaker,
                  const LayoutMetrics& metrics, std::size_t focus, int top, int bottom) {
    return Layouter(layout.viewport, measurer, breaker, metrics).lay_out_needed(screen, layout, focus, top, bottom);
}

int scroll_to_show(const ScreenLayout& layout, std::size_t focus, int scroll) {
    scroll = std::clamp(scroll, 0, layout.max_scroll());
    if (focus >= layout.items.size()) return scroll;  // footer buttons never scroll
    // Keep the space around the item in view too: the focus ring is drawn there.
    const Rect& r = layout.items[focus].rect;
    const int top = r.y - layout.item_gap;
    const int bottom = r.bottom() + layout.item_gap;
    if (bottom - top > layout.content.h) {
        // No room for the whole space around it: the item is shown with its focus ring if
        // that fits, else whole, else from its top, moving the page as little as possible.
        const int halo = layout.focus_gap + layout.focus_ring;
        int shown = r.y;
        if (r.h + 2 * halo <= layout.content.h) {
            shown = std::clamp(scroll, r.bottom() + halo - layout.content.h, r.y - halo);
        } else if (r.h <= layout.content.h) {
            shown = std::clamp(scroll, r.bottom() - layout.content.h, r.y);
        }
        return std::clamp(shown, 0, layout.max_scroll());
    }
    if (top < scroll) return std::clamp(top, 0, layout.max_scroll());
    if (bottom - scroll <= layout.content.h) return scroll;
    // Scrolling down: start the view at the top of a row, so the first row on screen is
    // whole rather than hidden for being cut (see is_shown).
    const int needed = bottom - layout.content.h;
    for (const ItemBox& item : layout.items) {
        const int row_top = item.rect.y - layout.item_gap;
        if (row_top >= needed) return row_top;
    }
    return needed;
}

std::optional<int> scroll_within(const ScreenLayout& layout, std::size_t focus, int scroll) {
    if (focus >= layout.items.size()) return std::nullopt;
    const ItemBox& box = layout.items[focus];
    if (box.rect.h <= layout.content.h) return std::nullopt;  // it is shown whole: focus moves on
    const int view_bottom = scroll + layout.content.h;
    if (box.rect.bottom() + layout.item_gap <= view_bottom) return std::nullopt;  // all of it is in view
    const int line_height = std::max(1, box.label.line_height);
    const int first_line = box.rect.y + box.padding;
    const int lines = static_cast<int>(box.label.lines.size());
    for (int line = 0; line < lines; ++line) {
        const int line_top = first_line + line * line_height;
        if (line_top + line_height > view_bottom && line_top > scroll) {
            return std::min(line_top - layout.focus_gap - layout.focus_ring, layout.max_scroll());
        }
    }
    return std::nullopt;
}

int snap_to_row(const ScreenLayout& layout, int scroll) {
    int best = 0;
    for (const ItemBox& item : layout.items) {
        const int row_top = std::clamp(item.rect.y - layout.item_gap, 0, layout.max_scroll());
        if (std::abs(row_top - scroll) < std::abs(best - scroll)) best = row_top;
    }
    return best;
}

}  // namespace kiosk
