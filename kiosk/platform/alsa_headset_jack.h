#pragma once

#include <atomic>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "platform/headset_jack.h"

namespace kiosk {

// The headset jack as ALSA's jack controls report it: the boolean controls of interface
// CARD named "... Jack" for headphones or a headset ("Headphone Jack", "Front Headphone
// Jack", "Headset Jack"), on every sound card present at start. A headset is present while
// any of them reads on. A thread of its own sleeps in poll() on the cards' control
// descriptors and is woken by the kernel when a jack changes; nothing polls by time.
class AlsaHeadsetJack : public HeadsetJack {
public:
    // `changed` runs on the watcher's thread.
    explicit AlsaHeadsetJack(ChangeSink changed);
    ~AlsaHeadsetJack() override;
    AlsaHeadsetJack(const AlsaHeadsetJack&) = delete;
    AlsaHeadsetJack& operator=(const AlsaHeadsetJack&) = delete;

    bool headset_present() const override { return present_.load(); }
    // At least one headphone jack control was found: a plug will be noticed.
    bool is_watching() const;
    // What was found, for the log: each jack watched, or why none is.
    const std::vector<std::string>& findings() const { return findings_; }
    // A card with a jack whose "Auto-Mute Mode" control reads Disabled: its speakers keep
    // playing while a headset is in, unless speech moves to the headset's own device.
    const std::vector<std::string>& cards_without_auto_mute() const { return without_auto_mute_; }

private:
    struct Cards;  // the open ALSA controls (alsa/asoundlib.h stays in the .cpp)

    void run();

    ChangeSink changed_;
    std::unique_ptr<Cards> cards_;  // only the watcher's thread touches them once it runs
    std::vector<std::string> findings_;
    std::vector<std::string> without_auto_mute_;
    std::atomic<bool> present_{false};
    int stop_fd_ = -1;  // an eventfd that wakes the thread to end it
    std::thread thread_;
};

// Whether a jack control of this name is for headphones or a headset ("Headphone Jack",
// "Front Headphone Jack", "Headset Jack"), not a microphone, line or HDMI/DP jack.
bool is_headset_jack_name(const std::string& name);

}  // namespace kiosk
