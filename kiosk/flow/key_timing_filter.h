#pragma once

#include <chrono>
#include <map>
#include <optional>
#include <vector>

#include "core/ui/key_timing.h"

namespace kiosk {

// Between the keys the platform reports (each press and release, with its time) and the
// kiosk: decides which of them act, by the resident's KeyTiming. It repeats a held key
// itself, so the platform's own key repeat is not passed in. No clock of its own: the host
// hands in every time, calls due() when next_deadline() comes, and acts on the keys returned.
//   key repeat    a held key acts again after the delay, then at a fixed pace; off: once
//   double press  a press of a key within the window after its release is ignored, the
//                 bounce of an unsteady finger (measured from the last release, so a run
//                 of bounces is one press)
//   slow keys     a key acts once held that long, while still held; a shorter press is ignored
// Keys are the host's numbers for them (a scancode). It holds a bounded number of keys.
class KeyTimingFilter {
public:
    using TimePoint = std::chrono::steady_clock::time_point;

    // Applies to what happens from now on; a key already held keeps its times.
    void set_timing(const KeyTiming& timing) { timing_ = timing; }
    const KeyTiming& timing() const { return timing_; }

    // A key went down: true when it acts at once. A key already down is not pressed again.
    bool press(int key, TimePoint at);
    // A key came up.
    void release(int key, TimePoint at);
    // The held keys whose time has come (slow keys accepted, repeats), once each, in key order.
    std::vector<int> due(TimePoint now);
    // When due() has something next; nothing while no held key waits.
    std::optional<TimePoint> next_deadline() const;

    // Keys down at once beyond this are ignored; releases remembered beyond this are dropped.
    static constexpr std::size_t kKeysTracked = 16;

private:
    struct Held {
        bool ignored = false;               // a bounce: it never acts
        bool accepted = false;              // it has acted; what comes next is a repeat
        std::optional<TimePoint> next_act;  // when it acts next; none: never again
    };

    bool bounced(int key, TimePoint at);
    std::optional<TimePoint> first_repeat(TimePoint acted) const;

    KeyTiming timing_;
    std::map<int, Held> held_;
    std::map<int, TimePoint> released_;  // each key's last release, for the double-press filter
};

}  // namespace kiosk
