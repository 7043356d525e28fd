#include "screens/resident_settings.h"

#include <utility>

#include "screens/settings_screen.h"

namespace kiosk {
namespace {

Theme theme_named(const std::string& name) {
    if (auto theme = find_theme(name)) return *theme;
    return builtin_themes().front();
}

}  // namespace

ResidentSettings::ResidentSettings(Preferences& preferences, ScreenContext context,
                                   const std::vector<LanguageChoice>& languages, ScreenStack& stack,
                                   const SpeechWording& wording)
    : prefs_(preferences),
      theme_(theme_named(prefs_.theme)),
      context_(context),
      languages_(languages),
      stack_(stack),
      wording_(wording) {}

Reaction ResidentSettings::adjust(Setting setting, int delta, Wrap wrap) {
    const bool was_speaking = prefs_.speech;
    if (setting == Setting::privacy && privacy_needs_headset_ && !prefs_.privacy && (wrap == Wrap::yes || delta > 0)) {
        return with_earcon(wording_.say_message("privacy_needs_headset"), Earcon::error);
    }
    if (!step_setting(prefs_, setting, delta, wrap == Wrap::yes)) {
        return with_earcon(wording_.say(setting_change_spoken(context_.strings, prefs_, setting)), Earcon::edge);
    }
    theme_ = theme_named(prefs_.theme);
    show_new_values();
    const std::string text = setting == Setting::privacy
                                 ? context_.strings.get(prefs_.privacy ? "privacy_on" : "privacy_off")
                                 : setting_change_spoken(context_.strings, prefs_, setting);
    Reaction reaction = redrawn(wording_.say(text));
    // Turning speech off is the last thing said, so the resident knows it worked.
    reaction.always_heard = was_speaking;
    return reaction;
}

std::optional<Reaction> ResidentSettings::on_speech_key(Command command) {
    switch (command) {
        case Command::louder:
            return adjust(Setting::volume, +1, Wrap::no);
        case Command::softer:
            return adjust(Setting::volume, -1, Wrap::no);
        case Command::faster:
            return adjust(Setting::speech_rate, +1, Wrap::no);
        case Command::slower:
            return adjust(Setting::speech_rate, -1, Wrap::no);
        case Command::higher:
        case Command::lower: {
            const bool changed = step_pitch(prefs_, command == Command::higher ? +1 : -1);
            Reaction reaction = wording_.say(pitch_change_spoken(context_.strings, prefs_));
            return changed ? redrawn(std::move(reaction)) : with_earcon(std::move(reaction), Earcon::edge);
        }
        default:
            return std::nullopt;
    }
}

bool ResidentSettings::end_privacy() {
    if (!prefs_.privacy) return false;
    prefs_.privacy = false;
    show_new_values();
    return true;
}

Screen ResidentSettings::screen() const { return build_settings_screen(context_, prefs_, language_name()); }

// The settings screen, when showing, shows the new values.
void ResidentSettings::show_new_values() {
    if (stack_.top().screen.kind == ScreenKind::settings) stack_.replace_top(screen());
}

std::string ResidentSettings::language_name() const {
    for (const LanguageChoice& language : languages_) {
        if (language.locale == context_.content.locale) return language.name;
    }
    return context_.strings.get("language_name");
}

}  // namespace kiosk
