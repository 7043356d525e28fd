#include "screens/screen_view.h"

#include <algorithm>
#include <utility>

#include "core/ui/screen_painter.h"

namespace kiosk {

ScreenView::ScreenView(ScreenStack& stack, const Preferences& preferences, const UiStrings& strings,
                       TextMeasurer& measurer, const std::string& locale)
    : stack_(stack), prefs_(preferences), strings_(strings), measurer_(measurer), breaker_(locale) {}

void ScreenView::set_viewport(Size viewport) {
    viewport_ = viewport;
    settle();
}

std::optional<Size> ScreenView::viewport() const { return viewport_; }

bool ScreenView::set_sound_available(bool available) { return std::exchange(sound_available_, available) != available; }

bool ScreenView::layout_is_current() const {
    return layout_ && layout_version_ == stack_.screen_version() && layout_text_size_ == prefs_.text_size &&
           layout_sound_ == sound_available_ && layout_staff_notice_ == staff_notice_ &&
           layout_->viewport.w == viewport_->w && layout_->viewport.h == viewport_->h;
}

const ScreenLayout* ScreenView::current_layout() {
    // Before a viewport is known, or before the Kiosk has opened its first screen, there
    // is nothing to lay out.
    if (!viewport_ || stack_.depth() == 0) return nullptr;
    if (layout_is_current()) {
        lay_out_view();  // focus or scroll may have moved on since
    } else {
        lay_out_screen();
    }
    return &*layout_;
}

void ScreenView::lay_out_screen() {
    const auto& entry = stack_.top();
    const LayoutMetrics metrics = metrics_for_text_size(prefs_.text_size);
    const int top = entry.scroll;
    const int bottom = entry.scroll + viewport_->h * 3 / 2;
    if (sound_available_ && staff_notice_.empty()) {
        layout_ = layout_screen_until(entry.screen, *viewport_, measurer_, breaker_, metrics, entry.focus, top, bottom);
    } else {
        // Why the kiosk is silent, or that staff were called, each on a line of the header
        // of its own, where it can never cover the title however large the text.
        Screen with_notice = entry.screen;
        for (const std::string& notice :
             {sound_available_ ? std::string() : strings_.get("notice_no_sound"), staff_notice_}) {
            if (notice.empty()) continue;
            with_notice.subtitle += (with_notice.subtitle.empty() ? "" : "\n") + notice;
        }
        layout_ = layout_screen_until(with_notice, *viewport_, measurer_, breaker_, metrics, entry.focus, top, bottom);
    }
    layout_version_ = stack_.screen_version();
    layout_text_size_ = prefs_.text_size;
    layout_sound_ = sound_available_;
    layout_staff_notice_ = staff_notice_;
    reveal_focus_ = true;
}

// Lays out what the page shows at its scroll, half a screen beyond, and the focused item: a
// long page is laid out where the resident is, as they move through it. What was laid
// out above the view keeps the view where it was.
void ScreenView::lay_out_view() {
    auto& entry = stack_.top();
    entry.scroll += extend_layout(*layout_, entry.screen, measurer_, breaker_, metrics_for_text_size(prefs_.text_size),
                                  entry.focus, entry.scroll, entry.scroll + layout_->content.h * 3 / 2);
}

void ScreenView::settle() {
    if (current_layout() == nullptr) return;
    auto& entry = stack_.top();
    entry.scroll = std::clamp(entry.scroll, 0, layout_->max_scroll());
    if (reveal_focus_) {
        entry.scroll = scroll_to_show(*layout_, entry.focus, entry.scroll);
        lay_out_view();  // what came into view may move the focus a little
        entry.scroll = scroll_to_show(*layout_, entry.focus, entry.scroll);
    }
    reveal_focus_ = false;
    lay_out_view();
}

std::optional<std::size_t> ScreenView::item_at(int x, int y) {
    const ScreenLayout* layout = current_layout();  // taps may come faster than frames
    if (layout == nullptr) return std::nullopt;
    const auto& entry = stack_.top();
    for (std::size_t i = 0; i < entry.screen.focusable_count(); ++i) {
        const Rect rect = layout->on_screen(i, entry.scroll);
        const bool visible = i >= layout->items.size() || (is_shown(*layout, rect) && layout->content.contains(x, y));
        if (visible && rect.contains(x, y)) return i;
    }
    return std::nullopt;
}

DisplayList ScreenView::paint_page(const Theme& theme) const {
    const auto& entry = stack_.top();
    return paint_screen(entry.screen, *layout_, entry.focus, entry.scroll, theme);
}

DisplayList ScreenView::paint_privacy(const Theme& theme) const {
    DisplayList list;
    list.push_back(FillRect{{0, 0, viewport_->w, viewport_->h}, theme.background});
    const std::string& label = strings_.get("privacy_label");
    const FontSpec font = layout_->subtitle.font;
    const int width = measurer_.width(label, font);
    const int height = measurer_.line_height(font);
    const int x = std::max(0, (viewport_->w - width) / 2);
    const int y = viewport_->h - 3 * height;
    list.push_back(DrawText{x, y, label, font, theme.secondary_text});
    return list;
}

DisplayList ScreenView::paint_idle_warning(const Theme& theme, int seconds_left) const {
    Screen message;
    message.title = strings_.get("idle_title");
    const std::string warning = strings_.format("idle_warning", {}, {{"seconds", seconds_left}});
    const std::string countdown = strings_.format("idle_countdown", {}, {{"seconds", seconds_left}});
    for (const std::string& line : {countdown, warning}) {
        message.items.push_back(Item{.label = line, .style = ItemStyle::summary});
    }
    const ScreenLayout layout =
        layout_screen(message, *viewport_, measurer_, breaker_, metrics_for_text_size(prefs_.text_size));
    return paint_screen(message, layout, message.focusable_count(), 0, theme);
}

}  // namespace kiosk
