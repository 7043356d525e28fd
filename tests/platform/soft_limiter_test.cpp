#include "platform/soft_limiter.h"

#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <vector>

namespace kiosk {
namespace {

constexpr auto kCeiling = static_cast<int>(SoftLimiter::kCeiling);

TEST(SoftLimiter, SamplesUpToTheKneePassUnchanged) {
    for (int sample : {0, 1, -1, 1000, -1000, 20000, -20000, 23198, -23198}) {
        EXPECT_EQ(SoftLimiter::limited(static_cast<float>(sample)), sample);
    }
}

TEST(SoftLimiter, LouderSamplesBendBelowTheCeilingAndStayInOrder) {
    int previous = SoftLimiter::limited(SoftLimiter::kKnee);
    for (float sample = SoftLimiter::kKnee + 100.0F; sample < 200000.0F; sample *= 1.05F) {
        const int limited = SoftLimiter::limited(sample);
        EXPECT_LE(limited, kCeiling) << sample;
        EXPECT_LT(limited, static_cast<float>(sample)) << sample;
        EXPECT_GE(limited, previous) << "louder in, never quieter out: " << sample;
        EXPECT_EQ(SoftLimiter::limited(-sample), -limited) << "symmetric: " << sample;
        previous = limited;
    }
    EXPECT_EQ(SoftLimiter::limited(1e30F), kCeiling) << "however loud";
    EXPECT_EQ(SoftLimiter::limited(-1e30F), -kCeiling);
}

TEST(SoftLimiter, TheCeilingIsWithinOneDecibelOfFullScaleWithRoomBelowIt) {
    const double ceiling_dbfs = 20.0 * std::log10(SoftLimiter::kCeiling / 32768.0);
    EXPECT_GE(ceiling_dbfs, -1.0);
    EXPECT_LE(ceiling_dbfs, -0.5);
}

// A full-scale sine doubled: twice past full scale, it comes out below the ceiling and
// still peaks within 1 dB of full scale; its quiet part is only doubled.
TEST(SoftLimiter, AmplifyDoublesQuietSoundAndLimitsLoudSound) {
    constexpr std::size_t kCount = 441;
    std::vector<std::int16_t> in(kCount);
    for (std::size_t i = 0; i < kCount; ++i) {
        in[i] = static_cast<std::int16_t>(std::lround(32767.0 * std::sin(2.0 * M_PI * static_cast<double>(i) / 100.0)));
    }
    std::vector<std::int16_t> out(kCount);
    SoftLimiter::amplify(in.data(), out.data(), kCount, 2.0F);
    int peak = 0;
    for (std::size_t i = 0; i < kCount; ++i) {
        peak = std::max(peak, std::abs(static_cast<int>(out[i])));
        if (std::abs(2 * in[i]) <= 23198) {
            EXPECT_EQ(out[i], 2 * in[i]) << i;
        }
    }
    EXPECT_LE(peak, kCeiling);
    EXPECT_GE(20.0 * std::log10(peak / 32768.0), -1.0);

    std::array<std::int16_t, 3> same{100, -30000, 32767};
    SoftLimiter::amplify(same.data(), same.data(), same.size(), 1.5F);
    EXPECT_EQ(same[0], 150) << "in place";
    EXPECT_GE(same[1], -kCeiling);
    EXPECT_LE(same[2], kCeiling);
}

}  // namespace
}  // namespace kiosk
