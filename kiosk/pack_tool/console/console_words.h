#pragma once

#include <map>
#include <string>

#include "core/result.h"

namespace kiosk {

// The console's own words in a language, from the `console` table of the kiosk's UI
// string bundles (kiosk/core/strings/bundles, compiled by genrb): the root bundle's words,
// with the language's own over them.
Result<std::map<std::string, std::string>> console_words(const std::string& strings_dir, const std::string& locale);

}  // namespace kiosk
