#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/text/text_measurer.h"
#include "core/ui/color.h"
#include "core/ui/geometry.h"

namespace kiosk {

// What to draw, as data: the core produces it, the shell turns it into pixels.

struct FillRect {
    Rect rect;
    Color color;
};

struct Outline {
    Rect rect;
    int thickness = 1;
    Color color;
};

struct DrawText {
    int x = 0;
    int y = 0;  // top of the line box
    std::string utf8;
    FontSpec font;
    Color color;
};

// Limits the commands that follow to a rectangle; no rectangle lifts the limit.
struct SetClip {
    std::optional<Rect> rect;
};

using DrawCommand = std::variant<FillRect, Outline, DrawText, SetClip>;
using DisplayList = std::vector<DrawCommand>;

}  // namespace kiosk
