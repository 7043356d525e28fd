#include "core/ui/screen_stack.h"

namespace kiosk {

void ScreenStack::reset(Screen home) {
    entries_.clear();
    push(std::move(home));
}

void ScreenStack::push(Screen screen) {
    entries_.push_back({std::move(screen), 0, 0});
    ++screen_version_;
}

bool ScreenStack::pop() {
    if (entries_.size() <= 1) return false;
    entries_.pop_back();
    ++screen_version_;
    return true;
}

void ScreenStack::pop_to_root() {
    if (entries_.empty()) return;
    if (entries_.size() > 1) {
        entries_.resize(1);
        ++screen_version_;
    }
    entries_.front().focus = 0;
    entries_.front().scroll = 0;
}

// Focus stops at the ends instead of wrapping, so a blind reader knows where the page
// ends; the caller says so aloud.
ScreenStack::Move ScreenStack::focus_next() {
    Entry& entry = top();
    if (entry.focus + 1 >= entry.screen.focusable_count()) return Move::at_edge;
    ++entry.focus;
    return Move::moved;
}

ScreenStack::Move ScreenStack::focus_previous() {
    Entry& entry = top();
    if (entry.focus == 0) return Move::at_edge;
    --entry.focus;
    return Move::moved;
}

void ScreenStack::set_focus(std::size_t index) {
    if (index < top().screen.focusable_count()) top().focus = index;
}

void ScreenStack::replace_top(Screen screen) {
    Entry& entry = entries_.back();
    entry.screen = std::move(screen);
    if (entry.focus >= entry.screen.focusable_count()) entry.focus = 0;
    ++screen_version_;
}

}  // namespace kiosk
