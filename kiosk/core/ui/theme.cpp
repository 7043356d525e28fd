#include "core/ui/theme.h"

namespace kiosk {

std::vector<ContrastRequirement> contrast_requirements(const Theme& t) {
    constexpr double kText = 7.0;
    constexpr double kNonText = 3.0;
    return {
        {"body text on page", t.text, t.background, kText},
        {"secondary text on page", t.secondary_text, t.background, kText},
        {"header text on header", t.header_text, t.header_background, kText},
        {"tile text on tile", t.tile_text, t.tile_background, kText},
        {"focused text on focus fill", t.focus_text, t.focus_background, kText},
        {"focus ring against page", t.focus_ring, t.background, kNonText},
        {"focus ring against tile", t.focus_ring, t.tile_background, kNonText},
        {"focus fill against tile (focus seen without the ring)", t.focus_background, t.tile_background, kNonText},
        {"tile border against page", t.tile_border, t.background, kNonText},
    };
}

const std::vector<Theme>& builtin_themes() {
    static const std::vector<Theme> themes = {
        {
            .name = "standard",
            .background = {0xFF, 0xFF, 0xFF},
            .text = {0x11, 0x11, 0x11},
            .secondary_text = {0x33, 0x33, 0x33},
            .header_background = {0x0B, 0x2E, 0x59},
            .header_text = {0xFF, 0xFF, 0xFF},
            .tile_background = {0xEE, 0xF3, 0xFA},
            .tile_text = {0x0B, 0x1F, 0x3A},
            .tile_border = {0x4A, 0x5A, 0x70},
            .focus_background = {0x0B, 0x2E, 0x59},
            .focus_text = {0xFF, 0xFF, 0xFF},
            .focus_ring = {0xB3, 0x00, 0x59},
            .focus_ring_units = 6,
        },
        {
            .name = "high-contrast",
            .background = {0x00, 0x00, 0x00},
            .text = {0xFF, 0xFF, 0x00},
            .secondary_text = {0xFF, 0xFF, 0xFF},
            .header_background = {0x00, 0x00, 0x00},
            .header_text = {0xFF, 0xFF, 0x00},
            .tile_background = {0x1A, 0x1A, 0x1A},
            .tile_text = {0xFF, 0xFF, 0x00},
            .tile_border = {0xFF, 0xFF, 0xFF},
            .focus_background = {0xFF, 0xFF, 0x00},
            .focus_text = {0x00, 0x00, 0x00},
            .focus_ring = {0x00, 0xFF, 0xFF},
            .focus_ring_units = 6,
        },
        {
            // Light on dark for residents dazzled by a white page; the same layout as standard.
            .name = "inverted",
            .background = {0x12, 0x12, 0x12},
            .text = {0xF2, 0xF2, 0xF2},
            .secondary_text = {0xD6, 0xD6, 0xD6},
            .header_background = {0xEE, 0xF3, 0xFA},
            .header_text = {0x0B, 0x2E, 0x59},
            .tile_background = {0x24, 0x2C, 0x38},
            .tile_text = {0xFF, 0xFF, 0xFF},
            .tile_border = {0xA8, 0xB4, 0xC4},
            .focus_background = {0xF2, 0xF2, 0xF2},
            .focus_text = {0x0B, 0x2E, 0x59},
            .focus_ring = {0xFF, 0xB3, 0xD9},
            .focus_ring_units = 6,
        },
        {
            // Blue and orange (Okabe-Ito), which stay apart for red-green and blue-yellow
            // colour-vision deficiencies; every state differs in lightness as well as hue.
            .name = "colour-safe",
            .background = {0xFF, 0xFF, 0xFF},
            .text = {0x00, 0x00, 0x00},
            .secondary_text = {0x26, 0x26, 0x26},
            .header_background = {0x00, 0x3C, 0x71},
            .header_text = {0xFF, 0xFF, 0xFF},
            .tile_background = {0xF2, 0xF2, 0xF2},
            .tile_text = {0x00, 0x00, 0x00},
            .tile_border = {0x55, 0x55, 0x55},
            .focus_background = {0x00, 0x3C, 0x71},
            .focus_text = {0xFF, 0xFF, 0xFF},
            .focus_ring = {0xB3, 0x4D, 0x00},
            .focus_ring_units = 6,
        },
    };
    return themes;
}

std::optional<Theme> find_theme(const std::string& name) {
    for (const auto& theme : builtin_themes()) {
        if (theme.name == name) return theme;
    }
    return std::nullopt;
}

}  // namespace kiosk
