#pragma once

#include <optional>

#include "flow/app_io.h"

namespace kiosk {

// Private listening on a headset, following what the jack reports (EZ Access):
//   plugged in  speech goes to the headset (the speakers fall silent) and speech mode starts
//   unplugged   speech goes back to the speakers, and the resident is told; when privacy
//               mode requires a headset, privacy mode ends with it, since the screen it
//               blanked is all that kept what is said private
// With the privacy rule on, privacy mode cannot be turned on while no headset is in.
class HeadsetListening {
public:
    struct Change {
        AudioRoute route = AudioRoute::speakers;
        const char* message = "";  // the key of the UI bundle's message said
        bool ends_privacy = false;
    };

    explicit HeadsetListening(bool privacy_needs_headset) : privacy_needs_headset_(privacy_needs_headset) {}

    // The jack reports a headset, or none; `privacy_on` is the resident's privacy mode.
    // Nothing when that is what it reported before: a jack that reports the same state
    // twice, or no headset at start-up, changes nothing and says nothing.
    std::optional<Change> jack_reports(bool headset, bool privacy_on);
    bool headset() const { return headset_; }
    bool privacy_allowed() const { return !privacy_needs_headset_ || headset_; }

private:
    bool privacy_needs_headset_;
    bool headset_ = false;
};

}  // namespace kiosk
