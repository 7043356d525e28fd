#pragma once

#include <string>
#include <vector>

#include "core/content/pack.h"

namespace kiosk {

// What changed between two versions of a pack, per locale and topic, as lines for a
// person to review before publishing: "+ added", "- removed", "~ changed".
std::vector<std::string> diff_packs(const Pack& old_pack, const Pack& new_pack);

}  // namespace kiosk
