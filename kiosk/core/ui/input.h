#pragma once

#include <variant>

namespace kiosk {

// Input as the core understands it; the shell maps keys, keypads and touches onto it.
enum class Command {
    next,
    previous,
    activate,
    back,
    home,
    help,
    decrease,
    increase,  // Left and Right: change a setting; elsewhere, move like Up and Down
    settings,  // open the settings screen
    say_all,   // read the page from the focused item to the end
    louder,
    softer,
    faster,
    slower,
    higher,
    lower,
    repeat,      // say the last thing again
    spell,       // the focused item character by character
    pause,       // pause or resume speech
    call_staff,  // ask for a member of staff (the call-staff key)
};

// A finger (or the mouse button) goes down, moves while down, and comes up. The Kiosk
// tells taps from drags and explorations itself.
enum class PointerPhase { down, move, up };

struct Pointer {
    PointerPhase phase = PointerPhase::down;
    int x = 0;
    int y = 0;
};

// A whole tap: down and up at one place.
struct Tap {
    int x = 0;
    int y = 0;
};

// A digit key, 0 to 9; the shell sends these only while a code is being entered
// (Kiosk::entering_staff_code()): elsewhere the keypad's digits are commands.
struct Digit {
    int value = 0;
};

using Input = std::variant<Command, Pointer, Tap, Digit>;

}  // namespace kiosk
