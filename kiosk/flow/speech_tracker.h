#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <utility>

#include "core/speech/speech_driver.h"
#include "core/speech/utterance.h"

namespace kiosk {

// The one record of what has been handed to the speech driver and not yet finished, and
// of which utterance is being heard. It gives the utterance ids, so the driver's events
// can be matched to what was said. Bounded: old entries go once it is full.
class SpeechTracker {
public:
    // Utterances kept; older ones are long finished or cut off.
    static constexpr std::size_t kCapacity = 64;

    // A new utterance handed to the driver: its id.
    std::uint64_t queue(const Utterance& utterance);
    // Speech is cancelled: what was cut off, the utterance heard, or before any of it was
    // heard, the first one queued; nothing when nothing was in flight. Forgets the rest.
    std::optional<std::pair<std::uint64_t, Utterance>> cut();
    // The driver dropped everything (a sound device came or went), without a report.
    void forget() {
        in_flight_.clear();
        heard_ = 0;
    }
    // A driver event for an utterance still in flight: the utterance, with the event
    // applied (audio-start: now heard; done: forgotten). Nothing for one already cut off.
    std::optional<Utterance> on_event(const SpeechEvent& event);
    // Utterances queued or heard, not yet done.
    std::size_t in_flight() const { return in_flight_.size(); }

private:
    std::uint64_t next_id_ = 1;
    std::map<std::uint64_t, Utterance> in_flight_;
    std::uint64_t heard_ = 0;  // the utterance whose audio is playing
};

}  // namespace kiosk
