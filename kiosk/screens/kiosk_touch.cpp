#include "screens/kiosk.h"

// The Kiosk's touch: which item is under a finger, taps (touch and confirm), exploring by
// finger, and dragging a page.

#include <algorithm>
#include <cstdlib>

#include "core/ui/screen_painter.h"

namespace kiosk {
namespace {

// A press that moves further than this (in units of 1/1080 of the screen's shorter side)
// is a drag or an exploration, not a tap.
constexpr int kTapSlopUnits = 40;

}  // namespace

std::optional<std::size_t> Kiosk::item_at(int x, int y) {
    if (!layout_) return std::nullopt;
    ensure_layout(layout_->viewport);  // taps may come faster than frames
    const auto& entry = stack_.top();
    for (std::size_t i = 0; i < entry.screen.focusable_count(); ++i) {
        const Rect rect = layout_->on_screen(i, entry.scroll);
        const bool visible = i >= layout_->items.size() || (is_shown(*layout_, rect) && layout_->content.contains(x, y));
        if (visible && rect.contains(x, y)) return i;
    }
    return std::nullopt;
}

// With speech off a tap opens what it touches, as on any touch screen. With speech on,
// a blind resident first hears what is there: the first tap selects and speaks, a second
// tap on the same item opens it ("touch and confirm").
Reaction Kiosk::tap_at(int x, int y) {
    const auto hit = item_at(x, y);
    if (!hit) return showing_attract() ? begin({}) : Reaction{};
    const Selected selected{stack_.screen_version(), *hit};
    const bool confirmed = touch_selected_ == selected && stack_.top().focus == *hit;
    stack_.set_focus(*hit);
    reveal_focus_ = true;
    if (!prefs_.speech || confirmed) {
        touch_selected_.reset();
        return activate();
    }
    touch_selected_ = selected;
    return with_earcon(speak_focus(), Earcon::focus);
}

// "Talking fingertip": with speech on, a finger sliding over the screen hears each item
// it enters; nothing opens until a tap confirms.
Reaction Kiosk::explore(int x, int y) {
    const auto hit = item_at(x, y);
    if (!hit || hit == touch_->explored) return {};
    touch_->explored = hit;
    stack_.set_focus(*hit);
    touch_selected_ = Selected{stack_.screen_version(), *hit};
    return with_earcon(speak_focus(), Earcon::focus);
}

Reaction Kiosk::on_pointer(Pointer pointer) {
    const int slop = layout_ ? static_cast<int>(kTapSlopUnits * layout_->scale) : kTapSlopUnits;
    switch (pointer.phase) {
        case PointerPhase::down:
            touch_ = Touch{pointer.x, pointer.y, stack_.top().scroll, false, std::nullopt};
            return {};
        case PointerPhase::move: {
            if (!touch_) return {};
            if (!touch_->moved && std::abs(pointer.x - touch_->x) <= slop && std::abs(pointer.y - touch_->y) <= slop) {
                return {};
            }
            touch_->moved = true;
            if (prefs_.speech) return explore(pointer.x, pointer.y);
            // Without speech the finger drags the page, which follows it freely.
            auto& entry = stack_.top();
            const int max_scroll = layout_ ? layout_->max_scroll() : 0;
            entry.scroll = std::clamp(touch_->scroll - (pointer.y - touch_->y), 0, max_scroll);
            Reaction reaction;
            reaction.redraw = true;
            return reaction;
        }
        case PointerPhase::up: {
            if (!touch_) return {};
            const Touch touch = *touch_;
            touch_.reset();
            if (!touch.moved) return tap_at(pointer.x, pointer.y);
            if (prefs_.speech || !layout_) return {};
            // A dragged page comes to rest at the top of a row, so no row is left cut.
            stack_.top().scroll = snap_to_row(*layout_, stack_.top().scroll);
            Reaction reaction;
            reaction.redraw = true;
            return reaction;
        }
    }
    return {};
}

}  // namespace kiosk
