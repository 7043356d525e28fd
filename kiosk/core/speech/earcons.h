#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/content/pack_error.h"

namespace kiosk {

enum class Earcon { focus, activate, back, edge, error, chime };

inline constexpr std::array<std::pair<Earcon, const char*>, 6> kEarconNames{{
    {Earcon::focus, "focus"},
    {Earcon::activate, "activate"},
    {Earcon::back, "back"},
    {Earcon::edge, "edge"},
    {Earcon::error, "error"},
    {Earcon::chime, "chime"},
}};

struct EarconSound {
    std::vector<double> tones;  // Hz, one after another
    int ms = 50;                // length of each tone
    double gain = 0.3;          // 0..1 of full scale
};

using EarconSet = std::map<Earcon, EarconSound>;

// Reads audio/earcons.toml; every earcon must be described. Problems name the line.
std::optional<EarconSet> load_earcons(const std::string& path, PackErrors& problems);

// 16-bit mono samples of an earcon. Each tone is faded in and out over a few
// milliseconds (raised cosine), so it starts and ends at zero and never clicks.
std::vector<std::int16_t> synthesize_earcon(const EarconSound& sound, int sample_rate);

}  // namespace kiosk
