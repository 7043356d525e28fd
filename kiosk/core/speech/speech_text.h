#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kiosk {

// Joins the parts of what is said about one item ("法律援助", "类别", "4项") with the
// locale's separator, skipping empty parts.
std::string join_spoken(const std::vector<std::string>& parts, std::string_view separator);

// Prepares shown text for the synthesizer: line breaks become the locale's pause
// separator and list bullets, which would be read out as symbols, are dropped.
std::string speakable(std::string_view shown, std::string_view pause_separator);

}  // namespace kiosk
