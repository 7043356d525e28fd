#pragma once

#include <cstddef>

namespace kiosk {

// What a braille display's keys ask of the kiosk, whatever display it is: BRLTTY turns
// each model's own keys into these commands.
struct BrailleKey {
    enum class Kind { pan_forward, pan_back, route, line_down, line_up, other };
    Kind kind = Kind::other;
    std::size_t cell = 0;  // for route: the cell under the routing key, from 0
};

}  // namespace kiosk
