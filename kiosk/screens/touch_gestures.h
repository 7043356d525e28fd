#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>

#include "core/ui/input.h"
#include "core/ui/screen_stack.h"
#include "screens/preferences.h"
#include "screens/screen_view.h"

namespace kiosk {

// What a finger asked for, for the kiosk to carry out.
enum class Gesture {
    nothing,
    redraw,       // the page was dragged
    speak_focus,  // a first tap or an exploring finger moved the focus to an item
    activate,     // a tap opened the focused item
    begin,        // a tap on the attract screen, away from any language
};

// Touch: which item is under a finger, taps (touch and confirm), exploring by finger, and
// dragging a page. With speech off a tap opens what it touches, as on any touch screen.
// With speech on, a blind resident first hears what is there: the first tap selects and
// speaks, a second tap on the same item opens it.
class TouchGestures {
public:
    TouchGestures(ScreenStack& stack, ScreenView& view, const Preferences& preferences);

    Gesture on_pointer(Pointer pointer);
    Gesture tap(int x, int y);
    // Keys take over from touch: the next tap selects afresh.
    void forget_selection() { selected_.reset(); }
    // A finger still on the glass is forgotten too, so it cannot turn into a drag.
    void forget_finger() { finger_.reset(); }

private:
    Gesture explore(int x, int y);
    Gesture drag(int y);

    ScreenStack& stack_;
    ScreenView& view_;
    const Preferences& prefs_;
    // One finger (or mouse press) from down to up.
    struct Finger {
        int x = 0;
        int y = 0;
        int scroll = 0;                       // the page's scroll when the finger went down
        bool moved = false;                   // further than a tap: a drag (speech off) or exploration (speech on)
        std::optional<std::size_t> explored;  // the item under the finger, when exploring
    };
    std::optional<Finger> finger_;
    // The item a first tap selected, on the screen version it was on: a second tap on it
    // opens it ("touch and confirm").
    struct Selected {
        std::uint64_t screen_version = 0;
        std::size_t index = 0;
        bool operator==(const Selected&) const = default;
    };
    std::optional<Selected> selected_;
};

}  // namespace kiosk
