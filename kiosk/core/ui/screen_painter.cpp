#include "core/ui/screen_painter.h"

namespace kiosk {
namespace {

class Painter {
public:
    Painter(const ScreenLayout& layout, const Theme& theme) : layout_(layout), theme_(theme) {}

    // With a centre width, each line is centred in it; otherwise lines start at x. Only
    // whole lines are drawn: an item taller than the page shows the lines that fit.
    void text_lines(const TextBox& box, int x, int y, Color color, int centre_in = 0) {
        for (std::size_t i = 0; i < box.lines.size(); ++i) {
            const int indent = centre_in > 0 ? (centre_in - box.widths[i]) / 2 : 0;
            const bool whole = !band_ || (y >= band_->y && y + box.line_height <= band_->bottom());
            if (whole) list_.push_back(DrawText{x + indent, y, box.lines[i], box.font, color});
            y += box.line_height;
        }
    }

    void limit_text_to(std::optional<Rect> band) { band_ = band; }

    // The subtitle, when it has moved from the header to the top of the page.
    void page_subtitle(int scroll) {
        const Rect& content = layout_.content;
        text_lines(layout_.subtitle, content.x, content.y + layout_.subtitle_top - scroll, theme_.secondary_text);
    }

    void header() {
        list_.push_back(FillRect{layout_.header, theme_.header_background});
        const int x = layout_.content.x;
        int y = layout_.header.y + layout_.header_padding;
        text_lines(layout_.title, x, y, theme_.header_text);
        y += static_cast<int>(layout_.title.lines.size()) * layout_.title.line_height;
        if (!layout_.subtitle_scrolls) text_lines(layout_.subtitle, x, y, theme_.header_text);
        // A rule under the header, so it stays apart from the page when both share a colour.
        const int rule = std::max(2, layout_.focus_ring / 2);
        list_.push_back(FillRect{{0, layout_.header.bottom() - rule, layout_.viewport.w, rule}, theme_.tile_border});
    }

    // A long page shows where it is scrolled to, in the right margin.
    void scroll_bar(int scroll) {
        if (layout_.max_scroll() <= 0) return;
        const Rect& content = layout_.content;
        const int width = layout_.focus_ring;
        const int x = content.right() + (layout_.viewport.w - content.right() - width) / 2;
        const int thumb = std::max(layout_.focus_ring * 4, content.h * content.h / layout_.content_height);
        const int travel = content.h - thumb;
        const long at = std::min(scroll, layout_.max_scroll());
        const int y = content.y + static_cast<int>(travel * at / layout_.max_scroll());
        list_.push_back(FillRect{{x, y, width, thumb}, theme_.tile_border});
    }

    void item(const Item& item, const ItemBox& box, const Rect& rect, bool focused) {
        const bool framed =
            item.style == ItemStyle::tile || item.style == ItemStyle::button || item.style == ItemStyle::setting;
        Color text = item.style == ItemStyle::source ? theme_.secondary_text : theme_.text;
        if (framed) {
            list_.push_back(FillRect{rect, focused ? theme_.focus_background : theme_.tile_background});
            list_.push_back(Outline{rect, std::max(2, layout_.focus_ring / 2), theme_.tile_border});
            text = theme_.tile_text;
        } else if (focused) {
            list_.push_back(FillRect{rect, theme_.focus_background});
        }
        if (focused) {
            text = theme_.focus_text;
            const int halo = layout_.focus_gap + layout_.focus_ring;
            list_.push_back(Outline{rect.inset(-halo), layout_.focus_ring, theme_.focus_ring});
        }
        const int x = rect.x + box.padding;
        int y = rect.y + box.padding;
        if (item.style == ItemStyle::button) {
            const int text_h = static_cast<int>(box.label.lines.size()) * box.label.line_height;
            text_lines(box.label, x, rect.y + (rect.h - text_h) / 2, text, rect.w - 2 * box.padding);
            return;
        }
        if (!framed) {
            // A short paragraph in a box made tall enough to touch sits in its middle.
            const int text_h = static_cast<int>(box.label.lines.size()) * box.label.line_height;
            y = std::max(y, rect.y + (rect.h - text_h) / 2);
        }
        text_lines(box.label, x, y, text);
        if (box.detail_beside_label) {
            // Right-aligned, sharing the label's baseline region.
            const int detail_x = rect.right() - box.padding - box.detail.widths[0];
            text_lines(box.detail, detail_x, y + box.label.line_height - box.detail.line_height, text);
            return;
        }
        y += static_cast<int>(box.label.lines.size()) * box.label.line_height;
        text_lines(box.detail, x, y, text);
    }

    DisplayList take() { return std::move(list_); }
    void push(DrawCommand command) { list_.push_back(std::move(command)); }

private:
    const ScreenLayout& layout_;
    const Theme& theme_;
    DisplayList list_;
    std::optional<Rect> band_;
};

}  // namespace

// An item half scrolled out of view would show cut-off text, so only items wholly inside
// the content area are drawn; the scroll bar tells that there is more. An item taller than
// the whole area is the exception: it is drawn clipped, or it could never be seen.
bool is_shown(const ScreenLayout& layout, const Rect& on_screen) {
    const Rect& content = layout.content;
    if (on_screen.h > content.h) return on_screen.intersects(content);
    return on_screen.y >= content.y && on_screen.bottom() <= content.bottom();
}

DisplayList paint_screen(const Screen& screen, const ScreenLayout& layout, std::size_t focus, int scroll,
                         const Theme& theme) {
    Painter painter(layout, theme);
    painter.push(FillRect{{0, 0, layout.viewport.w, layout.viewport.h}, theme.background});
    painter.header();

    // The content clip reaches into the margins so a focus ring is never cut off.
    const Rect content_clip{0, layout.content.y, layout.viewport.w, layout.content.h};
    painter.push(SetClip{content_clip});
    painter.limit_text_to(layout.content);
    if (layout.subtitle_scrolls) painter.page_subtitle(scroll);
    for (std::size_t i = 0; i < layout.items.size(); ++i) {
        const Rect rect = layout.on_screen(i, scroll);
        if (!is_shown(layout, rect)) continue;
        painter.item(screen.items[i], layout.items[i], rect, i == focus);
    }
    painter.limit_text_to(std::nullopt);
    painter.push(SetClip{});
    painter.scroll_bar(scroll);
    for (std::size_t b = 0; b < layout.buttons.size(); ++b) {
        const std::size_t index = layout.items.size() + b;
        painter.item(screen.buttons[b], layout.buttons[b], layout.buttons[b].rect, index == focus);
    }
    return painter.take();
}

}  // namespace kiosk
