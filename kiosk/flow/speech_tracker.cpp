#include "flow/speech_tracker.h"

namespace kiosk {

std::uint64_t SpeechTracker::queue(const Utterance& utterance) {
    const std::uint64_t id = next_id_++;
    if (in_flight_.size() >= kCapacity) in_flight_.erase(in_flight_.begin());
    in_flight_[id] = utterance;
    return id;
}

// The synthesizer may be ahead of the speaker: what is cut off is what is heard, or,
// before any of it was heard, what was first in line.
std::optional<std::pair<std::uint64_t, Utterance>> SpeechTracker::cut() {
    std::optional<std::pair<std::uint64_t, Utterance>> cut;
    if (auto it = in_flight_.find(heard_); it != in_flight_.end()) {
        cut.emplace(it->first, it->second);
    } else if (!in_flight_.empty()) {
        cut.emplace(in_flight_.begin()->first, in_flight_.begin()->second);
    }
    forget();
    return cut;
}

std::optional<Utterance> SpeechTracker::on_event(const SpeechEvent& event) {
    auto it = in_flight_.find(event.utterance);
    if (it == in_flight_.end()) return std::nullopt;
    Utterance utterance = it->second;
    if (event.kind == SpeechEvent::Kind::audio_start) {
        heard_ = event.utterance;
    } else {
        in_flight_.erase(it);
        if (heard_ == event.utterance) heard_ = 0;
    }
    return utterance;
}

}  // namespace kiosk
