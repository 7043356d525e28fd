#include "screens/kiosk.h"

// The Kiosk's pictures: laying the screen out when it changed, and the frame to draw, or
// in its place the idle warning or the blank page of privacy mode.

#include <algorithm>
#include <utility>

#include "core/ui/screen_painter.h"

namespace kiosk {

void Kiosk::ensure_layout(Size viewport) {
    if (layout_ && layout_version_ == stack_.screen_version() && layout_text_size_ == prefs_.text_size &&
        layout_sound_ == sound_available_ && layout_->viewport.w == viewport.w && layout_->viewport.h == viewport.h) {
        lay_out_view();  // focus or scroll may have moved on since
        return;
    }
    const auto& entry = stack_.top();
    const LayoutMetrics metrics = metrics_for_text_size(prefs_.text_size);
    const int top = entry.scroll;
    const int bottom = entry.scroll + viewport.h * 3 / 2;
    if (sound_available_) {
        layout_ = layout_screen_until(entry.screen, viewport, measurer_, breaker_, metrics, entry.focus, top, bottom);
    } else {
        // Why the kiosk is silent, on a line of the header of its own, where it can
        // never cover the title however large the text.
        Screen with_notice = entry.screen;
        with_notice.subtitle += (entry.screen.subtitle.empty() ? "" : "\n") + strings_.get("notice_no_sound");
        layout_ = layout_screen_until(with_notice, viewport, measurer_, breaker_, metrics, entry.focus, top, bottom);
    }
    layout_version_ = stack_.screen_version();
    layout_text_size_ = prefs_.text_size;
    layout_sound_ = sound_available_;
    reveal_focus_ = true;
}

// Lays out what the page shows at its scroll, half a screen beyond, and the focused item: a
// long page is laid out where the resident is, as they move through it. What was laid
// out above the view keeps the view where it was.
void Kiosk::lay_out_view() {
    auto& entry = stack_.top();
    entry.scroll += extend_layout(*layout_, entry.screen, measurer_, breaker_, metrics_for_text_size(prefs_.text_size),
                                  entry.focus, entry.scroll, entry.scroll + layout_->content.h * 3 / 2);
}

bool Kiosk::set_sound_available(bool available) {
    return std::exchange(sound_available_, available) != available;
}

// A message that takes the whole screen, laid out like any screen so it follows the text
// size and theme: the idle warning.
DisplayList Kiosk::frame_of_message(Size viewport, const std::string& title, const std::vector<std::string>& lines) {
    Screen message;
    message.title = title;
    for (const std::string& line : lines) message.items.push_back(Item{.label = line, .style = ItemStyle::summary});
    const ScreenLayout layout =
        layout_screen(message, viewport, measurer_, breaker_, metrics_for_text_size(prefs_.text_size));
    return paint_screen(message, layout, message.focusable_count(), 0, theme_);
}

// Privacy mode: only the page colour and a small label saying why the screen is empty.
DisplayList Kiosk::privacy_frame(Size viewport) {
    DisplayList list;
    list.push_back(FillRect{{0, 0, viewport.w, viewport.h}, theme_.background});
    const std::string& label = strings_.get("privacy_label");
    const FontSpec font = layout_->subtitle.font;
    const int width = measurer_.width(label, font);
    const int height = measurer_.line_height(font);
    const int x = std::max(0, (viewport.w - width) / 2);
    const int y = viewport.h - 3 * height;
    list.push_back(DrawText{x, y, label, font, theme_.secondary_text});
    return list;
}

DisplayList Kiosk::frame(Size viewport) {
    ensure_layout(viewport);
    if (prefs_.privacy) return privacy_frame(viewport);
    if (idle_warning_) {
        const std::string warning = strings_.format("idle_warning", {}, {{"seconds", *idle_warning_}});
        const std::string countdown = strings_.format("idle_countdown", {}, {{"seconds", *idle_warning_}});
        return frame_of_message(viewport, strings_.get("idle_title"), {countdown, warning});
    }
    auto& entry = stack_.top();
    entry.scroll = std::clamp(entry.scroll, 0, layout_->max_scroll());
    // The focus is brought into view when it moves; a page dragged by hand stays put.
    if (reveal_focus_) {
        entry.scroll = scroll_to_show(*layout_, entry.focus, entry.scroll);
        lay_out_view();  // what came into view may move the focus a little
        entry.scroll = scroll_to_show(*layout_, entry.focus, entry.scroll);
    }
    reveal_focus_ = false;
    lay_out_view();
    DisplayList list = paint_screen(entry.screen, *layout_, entry.focus, entry.scroll, theme_);
    underline_reading(list);
    return list;
}

}  // namespace kiosk
