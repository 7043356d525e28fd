#pragma once

#include <utility>

#include "platform/headset_jack.h"

namespace kiosk::testing {

// A headset jack a test plugs and unplugs: it tells of each change at once, on the test's
// thread, as AlsaHeadsetJack does from its own.
class FakeHeadsetJack : public HeadsetJack {
public:
    explicit FakeHeadsetJack(ChangeSink changed) : changed_(std::move(changed)) {}

    bool headset_present() const override { return present_; }
    void plug() { set(true); }
    void unplug() { set(false); }

private:
    void set(bool present) {
        present_ = present;
        changed_();
    }

    ChangeSink changed_;
    bool present_ = false;
};

}  // namespace kiosk::testing
