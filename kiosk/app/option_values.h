#pragma once

#include <optional>
#include <string>

#include "core/ui/geometry.h"

namespace kiosk {

// Values that more than one command line option takes, read the same way everywhere.

// "1920x1080": a screen or window size, from 320x240 to 7680x7680.
std::optional<Size> parse_screen_size(const std::string& text);

// "150": one of the text sizes a resident can choose (kTextSizes).
std::optional<int> parse_text_size(const std::string& text);

// "100, 150, 200, 300", for messages.
std::string text_size_list();

}  // namespace kiosk
