#pragma once

#include <variant>

namespace kiosk {

// Input as the core understands it; the shell maps keys, keypads and touches onto it.
enum class Command {
    next, previous, activate, back, home, help,
    say_all,                // read the page from the focused item to the end
    louder, softer, faster, slower, higher, lower,
    repeat,                 // say the last thing again
    spell,                  // the focused item character by character
    pause,                  // pause or resume speech
};

struct Tap {
    int x = 0;
    int y = 0;
};

using Input = std::variant<Command, Tap>;

}  // namespace kiosk
