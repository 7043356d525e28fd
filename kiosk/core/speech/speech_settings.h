#pragma once

#include <array>
#include <cstddef>

namespace kiosk {

// How the resident wants to hear speech, in steps they can count: rate (eSpeak words per
// minute, 80 to 400), volume (eSpeak's 0–200 scale; the top step is twice the default,
// which the speech driver makes with a gain and a soft limiter, peaking within 1 dB of full
// scale) and pitch (0–100). The middle step of each is eSpeak's own default.
struct SpeechSettings {
    static constexpr std::array<int, 7> kRates{80, 120, 150, 175, 220, 300, 400};
    static constexpr std::array<int, 5> kVolumes{40, 70, 100, 150, 200};
    static constexpr std::array<int, 5> kPitches{20, 35, 50, 65, 80};

    std::size_t rate = 3;
    std::size_t volume = 2;
    std::size_t pitch = 2;

    int rate_wpm() const { return kRates[rate]; }
    int volume_level() const { return kVolumes[volume]; }
    int pitch_level() const { return kPitches[pitch]; }

    bool operator==(const SpeechSettings&) const = default;
};

}  // namespace kiosk
