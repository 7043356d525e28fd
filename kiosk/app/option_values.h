#pragma once

#include <string>

#include "core/result.h"
#include "core/ui/geometry.h"

namespace kiosk {

// Values that more than one command line option takes, read the same way everywhere. A
// refused value's error says what the option takes, to follow the option's name:
// "--windowed takes WIDTHxHEIGHT ...".

// "1920x1080": a screen or window size, from 320x240 to 7680x7680.
Result<Size> read_screen_size(const std::string& text);

// "150": one of the text sizes a resident can choose (kTextSizes).
Result<int> read_text_size(const std::string& text);

// "standard": the name of a built-in theme.
Result<std::string> read_theme_name(const std::string& text);

// Key timings in seconds, as milliseconds; "off" or 0 turns one off (0).
//   "0.5" to "2", or off: the key repeat delay (EN 301 549 5.7 asks for at least 2 s)
Result<int> read_key_repeat(const std::string& text);
//   "0" to "0.5": the double-press filter's window (EN 301 549 5.8)
Result<int> read_double_press(const std::string& text);
//   "0" to "2": how long slow keys must be held
Result<int> read_slow_keys(const std::string& text);

// "100, 150, 200, 300", for messages.
std::string text_size_list();

}  // namespace kiosk
