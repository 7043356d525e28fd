#include "flow/key_hold.h"

namespace kiosk {

void KeyHold::press(TimePoint at) {
    if (pressed_at_) return;
    pressed_at_ = at;
    fired_ = false;
}

void KeyHold::release() { pressed_at_.reset(); }

std::optional<KeyHold::TimePoint> KeyHold::deadline() const {
    if (!pressed_at_ || fired_ || length_.count() <= 0) return std::nullopt;
    return *pressed_at_ + length_;
}

bool KeyHold::fire(TimePoint now) {
    const std::optional<TimePoint> due = deadline();
    if (!due || now < *due) return false;
    fired_ = true;
    return true;
}

}  // namespace kiosk
