#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/ui/input.h"
#include "core/ui/screen_stack.h"
#include "core/ui/theme.h"
#include "screens/preferences.h"
#include "screens/reaction.h"
#include "screens/screen_parts.h"
#include "screens/speech_wording.h"

namespace kiosk {

enum class Wrap { no, yes };

// Changes the resident's own settings: text size, colours, speech on or off, rate, volume,
// pitch and privacy. They change from the settings screen or the keypad's speech keys,
// through one stepping and one wording, take effect at once, and the change is said in its
// new form (a louder voice says it louder). The preferences themselves are the Kiosk's,
// read by every part; only this class changes them.
class ResidentSettings {
public:
    ResidentSettings(Preferences& preferences, ScreenContext context, const std::vector<LanguageChoice>& languages,
                     ScreenStack& stack, const SpeechWording& wording);

    const Theme& theme() const { return theme_; }
    // The first key on a kiosk nobody is using turns speech on (EZ Access).
    void turn_speech_on() { prefs_.speech = true; }
    // While set, privacy mode cannot be turned on: the kiosk requires a headset for it and
    // none is in the jack. Trying says why.
    void set_privacy_needs_headset(bool needed) { privacy_needs_headset_ = needed; }
    // Privacy mode ends (the headset it needed was unplugged). True if it was on.
    bool end_privacy();

    // Steps a setting; Left and Right stop at either end, Enter or a tap goes round.
    Reaction adjust(Setting setting, int delta, Wrap wrap);
    // The keypad's speech keys: faster, slower, louder, softer, higher, lower. Nothing for
    // any other command.
    std::optional<Reaction> on_speech_key(Command command);
    // The settings screen, showing the current values.
    Screen screen() const;

private:
    void show_new_values();
    std::string language_name() const;

    Preferences& prefs_;
    Theme theme_;  // the one prefs_ names
    ScreenContext context_;
    const std::vector<LanguageChoice>& languages_;
    ScreenStack& stack_;
    const SpeechWording& wording_;
    bool privacy_needs_headset_ = false;
};

}  // namespace kiosk
