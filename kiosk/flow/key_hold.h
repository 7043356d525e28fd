#pragma once

#include <chrono>
#include <optional>

#include "flow/app_io.h"

namespace kiosk {

// A key held down for a while means something of its own (the call-staff key: keypad 0
// held for 2 s). The host reports the key going down and up with their times and asks at
// the deadline whether the hold is complete; nothing waits or polls. The hold fires once
// per press.
class KeyHold {
public:
    using TimePoint = Moment::Clock::time_point;

    // A zero length never fires: the hold is off.
    explicit KeyHold(std::chrono::milliseconds length) : length_(length) {}

    // The key went down (a key repeat of a key already down changes nothing).
    void press(TimePoint at);
    void release();
    // When the hold completes, while the key is down and it has not fired yet.
    std::optional<TimePoint> deadline() const;
    // True once, when the key has been held long enough by `now`.
    bool fire(TimePoint now);

private:
    std::chrono::milliseconds length_;
    std::optional<TimePoint> pressed_at_;
    bool fired_ = false;
};

}  // namespace kiosk
