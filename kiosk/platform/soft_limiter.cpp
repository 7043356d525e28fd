#include "platform/soft_limiter.h"

#include <cmath>

namespace kiosk {

std::int16_t SoftLimiter::limited(float sample) {
    const float size = std::fabs(sample);
    if (size <= kKnee) return static_cast<std::int16_t>(std::lround(sample));
    // tanh is below 1 for every finite input, and rounding towards zero keeps the result
    // at or under the ceiling even where tanh rounds to 1.
    constexpr float kRoom = kCeiling - kKnee;
    const float bent = kKnee + kRoom * std::tanh((size - kKnee) / kRoom);
    const auto magnitude = static_cast<std::int16_t>(bent);
    return sample < 0 ? static_cast<std::int16_t>(-magnitude) : magnitude;
}

void SoftLimiter::amplify(const std::int16_t* in, std::int16_t* out, std::size_t count, float gain) {
    for (std::size_t i = 0; i < count; ++i) out[i] = limited(static_cast<float>(in[i]) * gain);
}

}  // namespace kiosk
