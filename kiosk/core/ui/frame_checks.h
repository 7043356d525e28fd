#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/text/text_measurer.h"
#include "core/ui/display_list.h"
#include "core/ui/screen.h"
#include "core/ui/screen_layout.h"
#include "core/ui/theme.h"

namespace kiosk {

// Checks of what a resident would see: text that does not fit, is cut, overlaps, cannot
// be drawn, or is too faint. Each problem names what is wrong and the text it concerns,
// so staff can find it in the pack or the layout.
struct FrameProblem {
    std::string what;  // "line wider than its box"
    std::string text;  // the text concerned, shortened
    bool operator==(const FrameProblem&) const = default;
};

// Problems of a laid-out screen, wherever it is scrolled to: lines wider than their box
// or the screen, text taller than its box, words cut for being wider than a line,
// characters no font has, targets over one another or off the screen, a header that
// leaves too little room for content.
std::vector<FrameProblem> check_layout(const Screen& screen, const ScreenLayout& layout, TextMeasurer& measurer);

// Problems of one drawn frame: text leaving the screen, text cut by a clip rectangle,
// text lines drawn over one another.
std::vector<FrameProblem> check_display_list(const ScreenLayout& layout, const DisplayList& list,
                                             TextMeasurer& measurer);

// The theme's colour pairs below the contrast they need.
std::vector<FrameProblem> check_contrast(const Theme& theme);

// The start of `utf8` on one line, at most `max_characters` user-perceived characters,
// with "…" when cut: enough to find a paragraph without printing all of it.
std::string excerpt(std::string_view utf8, std::size_t max_characters = 40);

}  // namespace kiosk
