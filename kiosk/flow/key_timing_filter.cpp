#include "flow/key_timing_filter.h"

#include <algorithm>

namespace kiosk {
namespace {

std::chrono::milliseconds ms(int count) { return std::chrono::milliseconds(count); }

}  // namespace

bool KeyTimingFilter::press(int key, TimePoint at) {
    if (held_.contains(key) || held_.size() >= kKeysTracked) return false;
    Held& held = held_[key];
    held.ignored = bounced(key, at);
    if (held.ignored) return false;
    if (timing_.slow_keys_ms > 0) {
        held.next_act = at + ms(timing_.slow_keys_ms);
        return false;
    }
    held.accepted = true;
    held.next_act = first_repeat(at);
    return true;
}

void KeyTimingFilter::release(int key, TimePoint at) {
    if (held_.erase(key) == 0) return;
    // Old releases no double-press window can reach any more are forgotten first.
    std::erase_if(released_, [&](const auto& entry) { return at - entry.second > ms(kLongestDoublePressMs); });
    if (released_.size() < kKeysTracked || released_.contains(key)) released_[key] = at;
}

bool KeyTimingFilter::bounced(int key, TimePoint at) {
    const auto last = released_.find(key);
    return timing_.double_press_ms > 0 && last != released_.end() && at - last->second < ms(timing_.double_press_ms);
}

std::optional<KeyTimingFilter::TimePoint> KeyTimingFilter::first_repeat(TimePoint acted) const {
    if (timing_.repeat_delay_ms <= 0) return std::nullopt;
    return acted + ms(timing_.repeat_delay_ms);
}

std::vector<int> KeyTimingFilter::due(TimePoint now) {
    std::vector<int> acting;
    for (auto& [key, held] : held_) {
        if (held.ignored || !held.next_act || *held.next_act > now) continue;
        if (held.accepted && timing_.repeat_delay_ms <= 0) {
            held.next_act.reset();  // repeat was turned off while the key was held
            continue;
        }
        acting.push_back(key);
        if (!held.accepted) {
            // A slow key's acceptance starts its repeat delay.
            held.accepted = true;
            held.next_act = first_repeat(*held.next_act);
            continue;
        }
        // A host that woke late gets one repeat, not a burst.
        TimePoint next = *held.next_act + ms(kRepeatIntervalMs);
        while (next <= now) next += ms(kRepeatIntervalMs);
        held.next_act = next;
    }
    return acting;
}

std::optional<KeyTimingFilter::TimePoint> KeyTimingFilter::next_deadline() const {
    std::optional<TimePoint> next;
    for (const auto& [key, held] : held_) {
        if (held.ignored || !held.next_act) continue;
        next = next ? std::min(*next, *held.next_act) : *held.next_act;
    }
    return next;
}

}  // namespace kiosk
