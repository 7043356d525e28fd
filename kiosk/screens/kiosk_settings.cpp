#include "screens/kiosk.h"

// The Kiosk's settings: stepping a setting from the keys or the settings screen, and
// applying it at once.

#include "core/speech/speech_text.h"
#include "screens/settings_screen.h"

namespace kiosk {

Theme Kiosk::theme_named(const std::string& name) {
    if (auto theme = find_theme(name)) return *theme;
    return builtin_themes().front();
}

// The new setting is said with itself, so the resident hears the change it describes.
Reaction Kiosk::change_setting(std::size_t& step, std::size_t steps, int delta, const char* message_key) {
    if (delta > 0 && step + 1 < steps) ++step;
    if (delta < 0 && step > 0) --step;
    const std::string text = strings_.format(message_key, {},
                                             {{"level", static_cast<long>(step + 1)}, {"levels", static_cast<long>(steps)}});
    if (stack_.top().screen.kind == ScreenKind::settings) {
        stack_.replace_top(build_settings_screen({content_, strings_}, prefs_, language_name()));
    }
    Reaction reaction = say(text, text);
    reaction.redraw = true;
    return reaction;
}

// Left and Right change the focused setting; anywhere else they move like Up and Down,
// so a resident who tries them is never met with silence.
Reaction Kiosk::move_or_adjust(Command command) {
    const int delta = command == Command::increase ? +1 : -1;
    if (const auto* adjust_action = std::get_if<AdjustSetting>(&stack_.focused_item().action)) {
        return adjust(adjust_action->setting, delta, false);
    }
    return on_command(delta > 0 ? Command::next : Command::previous);
}

Reaction Kiosk::adjust(Setting setting, int delta, bool wrap) {
    const bool was_speaking = prefs_.speech;
    const std::string name = setting_name(strings_, setting);
    if (!step_setting(prefs_, setting, delta, wrap)) {
        const std::string text = join_spoken({name, setting_value(strings_, prefs_, setting).spoken},
                                             strings_.get("list_separator"));
        return with_earcon(say(text, text), Earcon::edge);
    }
    theme_ = theme_named(prefs_.theme);
    if (stack_.top().screen.kind == ScreenKind::settings) {
        stack_.replace_top(build_settings_screen({content_, strings_}, prefs_, language_name()));
    }
    std::string text = join_spoken({name, setting_value(strings_, prefs_, setting).spoken},
                                   strings_.get("list_separator"));
    if (setting == Setting::privacy) text = strings_.get(prefs_.privacy ? "privacy_on" : "privacy_off");
    Reaction reaction = say(text, text);
    reaction.redraw = true;
    // Turning speech off is the last thing said, so the resident knows it worked.
    reaction.always_heard = was_speaking;
    return reaction;
}

Reaction Kiosk::open_settings() {
    if (stack_.top().screen.kind == ScreenKind::settings) return arrive();
    return open(build_settings_screen({content_, strings_}, prefs_, language_name()));
}

std::string Kiosk::language_name() const {
    for (const LanguageChoice& language : languages_) {
        if (language.locale == content_.locale) return language.name;
    }
    return strings_.get("language_name");
}

}  // namespace kiosk
