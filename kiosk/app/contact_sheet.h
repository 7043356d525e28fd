#pragma once

#include <string>
#include <vector>

#include "core/ui/geometry.h"

namespace kiosk {

struct SheetPicture {
    std::string group;  // "zh-Hans/standard/300/1920x1080"
    std::string file;   // relative to the sheet
    std::string caption;
    Size size;
};

// An HTML page of small pictures, grouped, each linking to the full picture, with the
// problems found listed at the top, so a reviewer sees at a glance what to look at.
bool write_contact_sheet(const std::string& path, const std::vector<SheetPicture>& pictures,
                         const std::vector<std::string>& problems, std::string& error);

}  // namespace kiosk
