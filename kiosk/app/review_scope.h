#pragma once

#include <string>
#include <vector>

#include "core/ui/geometry.h"

namespace kiosk {

// Which combinations a review (--render-all, --audit) covers; an empty list: all of them.
struct ReviewScope {
    std::vector<std::string> locales;
    std::vector<std::string> themes;
    std::vector<int> text_sizes;
    std::vector<Size> shapes;
    std::vector<std::string> screens;  // catalog names ("topic-legal-aid"); empty: every screen
};

// The screen shapes the kiosk is made for.
inline const std::vector<Size> kReviewShapes = {{1920, 1080}, {1280, 1024}, {1080, 1920}};

}  // namespace kiosk
