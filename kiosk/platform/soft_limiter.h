#pragma once

#include <cstddef>
#include <cstdint>

namespace kiosk {

// Keeps 16-bit sound below full scale however loud it is made. Samples up to the knee
// (−3 dBFS) pass unchanged; above it they bend smoothly (tanh) towards the ceiling
// (−0.5 dBFS), which none passes. So nothing is ever clipped, and sound pushed past full
// scale still peaks within 1 dB of it. The half decibel below full scale is room for the
// overshoot between samples when the sound is resampled for a device at 44.1 or 48 kHz.
// It holds no state and allocates nothing: the audio callback may call it.
class SoftLimiter {
public:
    static constexpr float kKnee = 23198.0F;     // 32768 × 10^(−3/20)
    static constexpr float kCeiling = 30934.0F;  // 32768 × 10^(−0.5/20), rounded down

    // `sample` is on the 16-bit scale and may lie far outside it.
    static std::int16_t limited(float sample);
    // out[i] = limited(in[i] × gain); `in` and `out` may be the same.
    static void amplify(const std::int16_t* in, std::int16_t* out, std::size_t count, float gain);
};

}  // namespace kiosk
