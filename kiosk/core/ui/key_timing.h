#pragma once

#include <array>
#include <span>
#include <string>

namespace kiosk {

// How the kiosk times keys, for people whose hands shake (EN 301 549 5.7 and 5.8). All in
// milliseconds; 0 turns a part off.
//   repeat_delay_ms  a held key acts again after this long, then every kRepeatIntervalMs;
//                    0: a held key acts once
//   double_press_ms  a press of the same key this soon after its release is ignored
//   slow_keys_ms     a key acts only once it has been held this long; a shorter press is ignored
struct KeyTiming {
    int repeat_delay_ms = 500;
    int double_press_ms = 0;
    int slow_keys_ms = 0;

    bool operator==(const KeyTiming&) const = default;
};

// A held key's repeats follow one another at this fixed pace, slow enough to hear each one begin.
inline constexpr int kRepeatIntervalMs = 250;

// The ranges the configuration takes, and the steps the settings screen offers.
inline constexpr int kLongestRepeatDelayMs = 2000;
inline constexpr int kShortestRepeatDelayMs = 500;
inline constexpr int kLongestDoublePressMs = 500;
inline constexpr int kLongestSlowKeysMs = 2000;
inline constexpr std::array<int, 5> kRepeatDelaySteps = {0, 500, 1000, 1500, 2000};
inline constexpr std::array<int, 4> kDoublePressSteps = {0, 100, 250, 500};
inline constexpr std::array<int, 4> kSlowKeysSteps = {0, 300, 500, 1000};

// The step after (+1) or before (-1) `value` among ascending `steps`; a value between steps
// goes to the next one in that direction. At either end it stays, or with `wrap` goes round.
int step_among(std::span<const int> steps, int value, int delta, bool wrap);

// "0.5", "1", "0.25": milliseconds as seconds, for showing and saying.
std::string seconds_text(int ms);

}  // namespace kiosk
