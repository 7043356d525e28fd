#pragma once

#include <cstddef>

#include "screens/screen_parts.h"

namespace kiosk {

// The prompt where staff enter their code with the keypad's digits. It shows and says
// only how many digits have been entered, never which. The right code replaces it with
// the maintenance screen.
Screen build_staff_code_screen(const ScreenContext& context, std::size_t digits_entered);

}  // namespace kiosk
