#pragma once

#include <chrono>

namespace kiosk {

// When the kiosk decides nobody is there, and how it invites the next person.
struct IdlePolicy {
    std::chrono::seconds timeout{120};       // untouched this long: the warning (0: never)
    std::chrono::seconds warning{20};        // the warning's countdown, then the reset
    std::chrono::seconds attract_after{60};  // a fresh home screen left alone becomes the attract screen
    std::chrono::seconds invite_every{180};  // spoken invitation while nobody uses the kiosk (0: never)
    int quiet_from_hour = 20;                // no invitations from this local hour ...
    int quiet_to_hour = 8;                   // ... until this one

    bool is_quiet_hour(int hour) const;
};

}  // namespace kiosk
