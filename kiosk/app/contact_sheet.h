#pragma once

#include <string>
#include <vector>

#include "core/result.h"
#include "core/ui/geometry.h"

namespace kiosk {

struct SheetPicture {
    std::string group;  // "zh-Hans/standard/300/1920x1080"
    std::string file;   // relative to the sheet
    std::string caption;
    Size size;
};

struct SheetProblem {
    std::string where;  // "zh-Hans/standard/300/1920x1080/topic-legal-aid-p2"
    std::string what;
    std::string text;
    std::string file;  // the picture that shows it, relative to the sheet; may be empty
};

// An HTML page of small pictures, grouped, each linking to the full picture, with the
// problems found at the top, by kind, so a reviewer sees at a glance what to look at.
Status write_contact_sheet(const std::string& path, const std::vector<SheetPicture>& pictures,
                           const std::vector<SheetProblem>& problems);

}  // namespace kiosk
