#pragma once

#include <set>
#include <string>

namespace kiosk {

// The names by which the installed eSpeak NG voices are selected, lower-cased
// ("cmn-latn-pinyin", "en-us", "ko").
std::set<std::string> installed_espeak_voices();

}  // namespace kiosk
