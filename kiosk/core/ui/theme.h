#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/ui/color.h"

namespace kiosk {

// The colours of one look of the kiosk. Focus is shown by a thick ring *and* a change
// of fill, so it never depends on colour alone.
struct Theme {
    std::string name;
    Color background;
    Color text;            // body text and headings on the background
    Color secondary_text;  // subtitles and sources: still full contrast, only smaller
    Color header_background;
    Color header_text;
    Color tile_background;  // buttons and category tiles
    Color tile_text;
    Color tile_border;
    Color focus_background;  // the focused item's fill
    Color focus_text;
    Color focus_ring;
    int focus_ring_units = 6;  // thickness at 1080 px, scaled with the screen
};

// The focus ring is drawn outside the focused item with a gap of page background, so
// it borders the page and neighbouring tiles, never the focused fill itself.
// Every pair of colours the kiosk draws against each other, with the contrast it needs:
// 7:1 for text (WCAG AAA), 3:1 for the focus indicator and control edges (WCAG 1.4.11).
struct ContrastRequirement {
    std::string what;
    Color foreground;
    Color background;
    double minimum = 7.0;
};

std::vector<ContrastRequirement> contrast_requirements(const Theme& theme);

const std::vector<Theme>& builtin_themes();
std::optional<Theme> find_theme(const std::string& name);

}  // namespace kiosk
