#include "screens/settings_screen.h"

#include <algorithm>

#include "core/speech/speech_text.h"
#include "core/ui/key_timing.h"

namespace kiosk {
namespace {

SettingValue on_off(const UiStrings& strings, bool on) {
    const std::string& word = strings.get(on ? "value_on" : "value_off");
    return {word, word};
}

// "0.5 秒", or "关" for 0: a key timing.
SettingValue seconds_or_off(const UiStrings& strings, int ms) {
    if (ms <= 0) return on_off(strings, false);
    const std::vector<std::pair<std::string, std::string>> seconds = {{"seconds", seconds_text(ms)}};
    return {strings.format("value_seconds", seconds), strings.format("value_seconds_spoken", seconds)};
}

SettingValue level(const UiStrings& strings, std::size_t step, std::size_t steps) {
    const std::vector<std::pair<std::string, long>> numbers = {{"level", static_cast<long>(step + 1)},
                                                               {"levels", static_cast<long>(steps)}};
    return {strings.format("value_level", {}, numbers), strings.format("value_level_spoken", {}, numbers)};
}

// "音量四级，共五级": a stepped setting named with its level in one phrase.
std::string level_change(const UiStrings& strings, const char* message_key, std::size_t step, std::size_t steps) {
    return strings.format(message_key, {},
                          {{"level", static_cast<long>(step + 1)}, {"levels", static_cast<long>(steps)}});
}

// Bundle keys cannot hold '-': "high-contrast" is found as theme_high_contrast.
std::string theme_key(std::string name) {
    std::replace(name.begin(), name.end(), '-', '_');
    return "theme_" + name;
}

Item setting_item(const ScreenContext& context, const Preferences& preferences, Setting setting) {
    const UiStrings& strings = context.strings;
    const SettingValue value = setting_value(strings, preferences, setting);
    Item item;
    item.label = setting_name(strings, setting);
    item.detail = value.shown;
    item.role = Role::setting;
    item.style = ItemStyle::setting;
    item.spoken = join_spoken({item.label, value.spoken, strings.get("role_setting")}, strings.get("list_separator"));
    item.action = AdjustSetting{setting};
    return item;
}

}  // namespace

std::string setting_name(const UiStrings& strings, Setting setting) {
    switch (setting) {
        case Setting::text_size:
            return strings.get("setting_text_size");
        case Setting::theme:
            return strings.get("setting_theme");
        case Setting::speech:
            return strings.get("setting_speech");
        case Setting::speech_rate:
            return strings.get("setting_speech_rate");
        case Setting::volume:
            return strings.get("setting_volume_name");
        case Setting::privacy:
            return strings.get("setting_privacy");
        case Setting::key_repeat:
            return strings.get("setting_key_repeat");
        case Setting::double_press:
            return strings.get("setting_double_press");
        case Setting::slow_keys:
            return strings.get("setting_slow_keys");
    }
    return {};
}

SettingValue setting_value(const UiStrings& strings, const Preferences& p, Setting setting) {
    switch (setting) {
        case Setting::text_size: {
            const std::string percent = strings.format("value_percent", {}, {{"percent", p.text_size}});
            return {percent, percent};
        }
        case Setting::theme: {
            const std::string& name = strings.get(theme_key(p.theme));
            return {name, name};
        }
        case Setting::speech:
            return on_off(strings, p.speech);
        case Setting::speech_rate:
            return level(strings, p.speech_settings.rate, SpeechSettings::kRates.size());
        case Setting::volume:
            return level(strings, p.speech_settings.volume, SpeechSettings::kVolumes.size());
        case Setting::privacy:
            return on_off(strings, p.privacy);
        case Setting::key_repeat:
            return seconds_or_off(strings, p.key_timing.repeat_delay_ms);
        case Setting::double_press:
            return seconds_or_off(strings, p.key_timing.double_press_ms);
        case Setting::slow_keys:
            return seconds_or_off(strings, p.key_timing.slow_keys_ms);
    }
    return {};
}

std::string setting_change_spoken(const UiStrings& strings, const Preferences& p, Setting setting) {
    switch (setting) {
        case Setting::speech_rate:
            return level_change(strings, "setting_rate", p.speech_settings.rate, SpeechSettings::kRates.size());
        case Setting::volume:
            return level_change(strings, "setting_volume", p.speech_settings.volume, SpeechSettings::kVolumes.size());
        default:
            return join_spoken({setting_name(strings, setting), setting_value(strings, p, setting).spoken},
                               strings.get("list_separator"));
    }
}

std::string pitch_change_spoken(const UiStrings& strings, const Preferences& p) {
    return level_change(strings, "setting_pitch", p.speech_settings.pitch, SpeechSettings::kPitches.size());
}

Screen build_settings_screen(const ScreenContext& context, const Preferences& preferences,
                             const std::string& language_name) {
    const UiStrings& strings = context.strings;
    Screen screen;
    screen.kind = ScreenKind::settings;
    screen.title = strings.get("settings_title");

    Item language;
    language.label = strings.get("setting_language");
    language.detail = language_name;
    language.role = Role::setting;
    language.style = ItemStyle::setting;
    language.spoken =
        join_spoken({language.label, language_name, strings.get("role_setting")}, strings.get("list_separator"));
    language.action = ShowLanguages{};
    screen.items.push_back(std::move(language));
    for (Setting setting : {Setting::text_size, Setting::theme, Setting::speech, Setting::speech_rate, Setting::volume,
                            Setting::privacy, Setting::key_repeat, Setting::double_press, Setting::slow_keys}) {
        screen.items.push_back(setting_item(context, preferences, setting));
    }
    screen.buttons = footer_buttons(strings, screen.kind);
    screen.entry_speech = entry_announcement(strings, screen.title, screen.items.size());
    screen.help = strings.get("help_settings");
    return screen;
}

}  // namespace kiosk
