#include "flow/headset_listening.h"

namespace kiosk {

std::optional<HeadsetListening::Change> HeadsetListening::jack_reports(bool headset, bool privacy_on) {
    if (headset == headset_) return std::nullopt;
    headset_ = headset;
    if (headset) return Change{AudioRoute::headset, "headset_in", false};
    const bool ends_privacy = privacy_needs_headset_ && privacy_on;
    return Change{AudioRoute::speakers, ends_privacy ? "headset_out_privacy" : "headset_out", ends_privacy};
}

}  // namespace kiosk
