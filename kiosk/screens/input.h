#pragma once

#include <variant>

namespace kiosk {

// Input as the core understands it; the shell maps keys, keypads and touches onto it.
enum class Command { next, previous, activate, back, home, help };

struct Tap {
    int x = 0;
    int y = 0;
};

using Input = std::variant<Command, Tap>;

}  // namespace kiosk
