#pragma once

#include <functional>

namespace kiosk {

// Whether a headset is plugged into the kiosk's jack. An implementation is made with a
// callback it calls, on any thread, whenever that may have changed; whoever it wakes then
// asks headset_present() on its own thread. The ALSA jack controls are one (AlsaHeadsetJack),
// a test's double another.
class HeadsetJack {
public:
    using ChangeSink = std::function<void()>;

    virtual ~HeadsetJack() = default;
    virtual bool headset_present() const = 0;
};

}  // namespace kiosk
