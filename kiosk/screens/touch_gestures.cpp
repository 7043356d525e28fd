#include "screens/touch_gestures.h"

#include <algorithm>
#include <cstdlib>

namespace kiosk {
namespace {

// A press that moves further than this (in units of 1/1080 of the screen's shorter side)
// is a drag or an exploration, not a tap.
constexpr int kTapSlopUnits = 40;

}  // namespace

TouchGestures::TouchGestures(ScreenStack& stack, ScreenView& view, const Preferences& preferences)
    : stack_(stack), view_(view), prefs_(preferences) {}

Gesture TouchGestures::tap(int x, int y) {
    const auto hit = view_.item_at(x, y);
    if (!hit) return stack_.top().screen.kind == ScreenKind::attract ? Gesture::begin : Gesture::nothing;
    const Selected selected{stack_.screen_version(), *hit};
    const bool confirmed = selected_ == selected && stack_.top().focus == *hit;
    stack_.set_focus(*hit);
    view_.reveal_focus();
    if (!prefs_.speech || confirmed) {
        selected_.reset();
        return Gesture::activate;
    }
    selected_ = selected;
    return Gesture::speak_focus;
}

// "Talking fingertip": with speech on, a finger sliding over the screen hears each item
// it enters; nothing opens until a tap confirms.
Gesture TouchGestures::explore(int x, int y) {
    const auto hit = view_.item_at(x, y);
    if (!hit || hit == finger_->explored) return Gesture::nothing;
    finger_->explored = hit;
    stack_.set_focus(*hit);
    selected_ = Selected{stack_.screen_version(), *hit};
    return Gesture::speak_focus;
}

// Without speech the finger drags the page, which follows it freely.
Gesture TouchGestures::drag(int y) {
    const auto& layout = view_.layout();  // settled after the last input
    const int max_scroll = layout ? layout->max_scroll() : 0;
    stack_.top().scroll = std::clamp(finger_->scroll - (y - finger_->y), 0, max_scroll);
    return Gesture::redraw;
}

Gesture TouchGestures::on_pointer(Pointer pointer) {
    const auto& layout = view_.layout();
    const int slop = layout ? static_cast<int>(kTapSlopUnits * layout->scale) : kTapSlopUnits;
    switch (pointer.phase) {
        case PointerPhase::down:
            finger_ = Finger{pointer.x, pointer.y, stack_.top().scroll, false, std::nullopt};
            return Gesture::nothing;
        case PointerPhase::move:
            if (!finger_) return Gesture::nothing;
            if (!finger_->moved && std::abs(pointer.x - finger_->x) <= slop &&
                std::abs(pointer.y - finger_->y) <= slop) {
                return Gesture::nothing;
            }
            finger_->moved = true;
            return prefs_.speech ? explore(pointer.x, pointer.y) : drag(pointer.y);
        case PointerPhase::up: {
            if (!finger_) return Gesture::nothing;
            const Finger finger = *finger_;
            finger_.reset();
            if (!finger.moved) return tap(pointer.x, pointer.y);
            if (prefs_.speech || !layout) return Gesture::nothing;
            // A dragged page comes to rest at the top of a row, so no row is left cut.
            stack_.top().scroll = snap_to_row(*layout, stack_.top().scroll);
            return Gesture::redraw;
        }
    }
    return Gesture::nothing;
}

}  // namespace kiosk
