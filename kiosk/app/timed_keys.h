#pragma once

#include <SDL.h>

#include <chrono>
#include <map>
#include <optional>
#include <vector>

#include "core/ui/key_timing.h"
#include "flow/key_timing_filter.h"

namespace kiosk {

// SDL's key presses and releases through the KeyTimingFilter: which keys act, and when.
// SDL's own key repeat is dropped; the filter repeats a held key by the resident's setting.
// It remembers each held key as SDL named it, to act on it later (a slow key accepted while
// held, a repeat).
class TimedKeys {
public:
    using TimePoint = KeyTimingFilter::TimePoint;

    // A key went down or up: the key that acts now, if any.
    std::optional<SDL_Keysym> on_event(const SDL_KeyboardEvent& key, TimePoint at, const KeyTiming& timing);
    // The held keys that act now: slow keys accepted, repeats.
    std::vector<SDL_Keysym> due(TimePoint now, const KeyTiming& timing);
    // When due() has something next; nothing while no key waits.
    std::optional<TimePoint> next_deadline() const { return filter_.next_deadline(); }

private:
    KeyTimingFilter filter_;
    std::map<int, SDL_Keysym> held_;  // by scancode; no more than the filter tracks
};

}  // namespace kiosk
