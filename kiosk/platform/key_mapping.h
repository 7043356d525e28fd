#pragma once

#include <SDL.h>

#include <optional>

#include "screens/input.h"

namespace kiosk {

// EZ Access keys on a keyboard and on a numeric keypad (with or without Num Lock):
//   Up / Shift+Tab / keypad 8     previous item
//   Down / Tab / keypad 2         next item
//   Enter / keypad Enter / 5      activate
//   Escape / Backspace / keypad 0 back
//   Home / keypad 7               home screen
//   F1 / keypad .                 help
std::optional<Command> command_for_key(const SDL_Keysym& key);

// Ctrl+Alt+Q: the staff exit. Nothing else closes the kiosk.
bool is_staff_exit(const SDL_Keysym& key);

}  // namespace kiosk
