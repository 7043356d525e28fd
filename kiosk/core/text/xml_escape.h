#pragma once

#include <string>
#include <string_view>

namespace kiosk {

// `text` safe as XML character data or an attribute value: &, <, > and " as entities.
// For the SSML handed to eSpeak NG and for the HTML of review contact sheets.
std::string xml_escaped(std::string_view text);

}  // namespace kiosk
