#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/ui/geometry.h"

namespace kiosk {

// Which combinations a review (--render-all, --audit) covers; an empty list: all of them.
struct ReviewScope {
    std::vector<std::string> locales;
    std::vector<std::string> themes;
    std::vector<int> text_sizes;
    std::vector<Size> shapes;
};

// The screen shapes the kiosk is made for.
inline const std::vector<Size> kReviewShapes = {{1920, 1080}, {1280, 1024}, {1080, 1920}};

// Takes the comma-separated list of --locales, --themes, --text-sizes or --shapes into
// `scope`. Returns an error message, or nothing when the list was taken.
std::string add_to_review_scope(std::string_view flag, const std::string& list, ReviewScope& scope);

}  // namespace kiosk
