#include "app/timed_keys.h"

namespace kiosk {

std::optional<SDL_Keysym> TimedKeys::on_event(const SDL_KeyboardEvent& key, TimePoint at, const KeyTiming& timing) {
    filter_.set_timing(timing);
    const int code = key.keysym.scancode;
    if (key.type == SDL_KEYUP) {
        filter_.release(code, at);
        held_.erase(code);
        return std::nullopt;
    }
    if (key.repeat != 0 || held_.contains(code) || held_.size() >= KeyTimingFilter::kKeysTracked) {
        return std::nullopt;
    }
    held_[code] = key.keysym;
    if (filter_.press(code, at)) return key.keysym;
    return std::nullopt;
}

std::vector<SDL_Keysym> TimedKeys::due(TimePoint now, const KeyTiming& timing) {
    filter_.set_timing(timing);
    std::vector<SDL_Keysym> acting;
    for (int code : filter_.due(now)) {
        if (const auto held = held_.find(code); held != held_.end()) acting.push_back(held->second);
    }
    return acting;
}

}  // namespace kiosk
