#pragma once

#include <string>

#include "screens/preferences.h"
#include "screens/screen_parts.h"

namespace kiosk {

// Language, text size, colours, speech on or off, speech rate, volume and privacy mode,
// each showing its current value. Built afresh whenever a value changes.
Screen build_settings_screen(const ScreenContext& context, const Preferences& preferences,
                             const std::string& language_name);

// What a setting is set to, in words to show and in words to say.
struct SettingValue {
    std::string shown;
    std::string spoken;
};
SettingValue setting_value(const UiStrings& strings, const Preferences& preferences, Setting setting);
std::string setting_name(const UiStrings& strings, Setting setting);

}  // namespace kiosk
