#include "core/speech/earcons.h"

#include <toml++/toml.h>

#include <cmath>
#include <numbers>

#include "core/content/toml_fields.h"

namespace kiosk {
namespace {

constexpr double kFadeMs = 5.0;

}  // namespace

std::optional<EarconSet> load_earcons(const std::string& path, PackErrors& problems) {
    toml::table table;
    try {
        table = toml::parse_file(path);
    } catch (const toml::parse_error& e) {
        problems.push_back({{path, static_cast<int>(e.source().begin.line), static_cast<int>(e.source().begin.column)},
                            Severity::error,
                            "TOML syntax: " + std::string(e.description())});
        return std::nullopt;
    }
    EarconSet set;
    for (const auto& [earcon, name] : kEarconNames) {
        const toml::table* entry = table[name].as_table();
        if (entry == nullptr) {
            problems.push_back({{path, 0, 0}, Severity::error, std::string("missing earcon [") + name + "]"});
            continue;
        }
        EarconSound sound;
        if (const toml::array* tones = (*entry)["tones"].as_array()) {
            for (const auto& tone : *tones) {
                if (auto hz = tone.value<double>(); hz && *hz > 20.0 && *hz < 20000.0) sound.tones.push_back(*hz);
            }
        }
        sound.ms = (*entry)["ms"].value_or(50);
        sound.gain = (*entry)["gain"].value_or(0.3);
        if (sound.tones.empty() || sound.ms < 10 || sound.ms > 1000 || sound.gain <= 0.0 || sound.gain > 1.0) {
            problems.push_back({{path, static_cast<int>(entry->source().begin.line), 0},
                                Severity::error,
                                std::string("earcon [") + name +
                                    "] needs tones between 20 and 20000 Hz, ms from 10 to 1000 and gain from 0 to 1"});
            continue;
        }
        set[earcon] = sound;
    }
    if (has_errors(problems)) return std::nullopt;
    return set;
}

std::vector<std::int16_t> synthesize_earcon(const EarconSound& sound, int sample_rate) {
    const auto per_tone = static_cast<std::size_t>(sample_rate) * static_cast<std::size_t>(sound.ms) / 1000;
    const auto fade = static_cast<std::size_t>(sample_rate * kFadeMs / 1000.0);
    std::vector<std::int16_t> samples;
    samples.reserve(per_tone * sound.tones.size());
    for (const double hz : sound.tones) {
        for (std::size_t i = 0; i < per_tone; ++i) {
            const std::size_t from_edge = std::min(i, per_tone - 1 - i);
            const double envelope = from_edge >= fade
                                        ? 1.0
                                        : 0.5 - 0.5 * std::cos(std::numbers::pi * static_cast<double>(from_edge) /
                                                               static_cast<double>(fade));
            const double phase = 2.0 * std::numbers::pi * hz * static_cast<double>(i) / sample_rate;
            samples.push_back(
                static_cast<std::int16_t>(std::lround(32767.0 * sound.gain * envelope * std::sin(phase))));
        }
    }
    return samples;
}

}  // namespace kiosk
