#pragma once

#include <optional>
#include <string>
#include <vector>

namespace kiosk {

// The name in `known` that `typed` was most likely meant to be: the fewest letters added,
// dropped or changed, and close enough to be a slip (a third of the name at most, or two
// letters). Nothing when no name is that close. "idle_timout" -> "idle-timeout".
std::optional<std::string> closest_name(const std::string& typed, const std::vector<std::string>& known);

}  // namespace kiosk
