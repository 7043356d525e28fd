#pragma once

#include <SDL.h>

#include <optional>

#include "core/ui/input.h"

namespace kiosk {

// EZ Access keys on a keyboard and on a numeric keypad (with or without Num Lock):
//   Up / Shift+Tab / keypad 8     previous item
//   Down / Tab / keypad 2         next item
//   Enter / keypad Enter / 5      activate
//   Escape / Backspace / keypad 0 back
//   Home / keypad 7               home screen
//   F1 / keypad .                 help
//   F2 / keypad *                 say all, from the focused item (again: go on from there)
//   F3 / keypad 9                 repeat          F4 / keypad 3    spell the focused item
//   F5, F6 / keypad 4, 6          slower, faster  F7, F8 / keypad -, +   softer, louder
//   F9, F10                       lower, higher pitch
//   Pause / keypad 1              pause or resume speech
std::optional<Command> command_for_key(const SDL_Keysym& key);

// The digit of a keypad digit key (whatever Num Lock says) or a top-row digit key, for
// entering a code; nothing for any other key or with Alt, Ctrl or the system key held.
std::optional<int> digit_for_key(const SDL_Keysym& key);

}  // namespace kiosk
