#pragma once

#include <string>

#include "screens/preferences.h"
#include "screens/screen_parts.h"

namespace kiosk {

// Language, text size, colours, speech on or off, speech rate, volume, privacy mode and
// the key timings (repeat, double-press filter, slow keys), each showing its current
// value. Built afresh whenever a value changes.
Screen build_settings_screen(const ScreenContext& context, const Preferences& preferences,
                             const std::string& language_name);

// What a setting is set to, in words to show and in words to say.
struct SettingValue {
    std::string shown;
    std::string spoken;
};
SettingValue setting_value(const UiStrings& strings, const Preferences& preferences, Setting setting);
std::string setting_name(const UiStrings& strings, Setting setting);
// What is said when a setting changed, from the keypad or on this screen: the setting with
// its new value, "音量四级，共五级", "文字大小，百分之一百五十".
std::string setting_change_spoken(const UiStrings& strings, const Preferences& preferences, Setting setting);
// The same for the speech pitch, which only the keypad changes.
std::string pitch_change_spoken(const UiStrings& strings, const Preferences& preferences);

}  // namespace kiosk
