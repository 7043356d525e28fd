#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/ui/screen.h"

namespace kiosk {

// Where the resident is: the screens they came through and, on each, what has focus
// and how far it is scrolled. Focus lives here and nowhere else.
class ScreenStack {
public:
    enum class Move { moved, at_edge };

    struct Entry {
        Screen screen;
        std::size_t focus = 0;
        int scroll = 0;
    };

    void reset(Screen home);
    void push(Screen screen);
    // Leaves the current screen; false when already at the first one.
    bool pop();
    // Returns to the first screen, forgetting the way there; focus starts again at the top,
    // so Home always leads to the same, predictable place.
    void pop_to_root();
    // Puts a new version of the current screen in its place (a setting changed), keeping
    // focus and scroll where they were.
    void replace_top(Screen screen);

    Move focus_next();
    Move focus_previous();
    void set_focus(std::size_t index);

    const Entry& top() const { return entries_.back(); }
    Entry& top() { return entries_.back(); }
    const Item& focused_item() const { return top().screen.focusable(top().focus); }
    std::size_t depth() const { return entries_.size(); }
    // The screen `index` steps from the first (0 is the first, depth() - 1 the top).
    const Entry& entry(std::size_t index) const { return entries_.at(index); }
    // Changes whenever a different screen comes to the top, so views know to lay out again.
    std::uint64_t screen_version() const { return screen_version_; }

private:
    std::vector<Entry> entries_;
    std::uint64_t screen_version_ = 0;
};

}  // namespace kiosk
