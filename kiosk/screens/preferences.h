#pragma once

#include <string>

#include "core/speech/speech_settings.h"
#include "core/ui/key_timing.h"
#include "core/ui/screen.h"

namespace kiosk {

// What a resident can change for themselves. It stays with them when they change
// language, and goes back to the kiosk's defaults when they walk away.
struct Preferences {
    int text_size = 100;  // percent, one of kTextSizes
    std::string theme = "standard";
    bool speech = false;   // off until a keypad key or the settings turn it on
    bool privacy = false;  // the screen is blanked and everything is only spoken
    SpeechSettings speech_settings;
    KeyTiming key_timing;

    bool operator==(const Preferences&) const = default;
};

// Moves a setting one step up (+1) or down (-1). At either end it stays, or with `wrap`
// goes round to the other end. True when the value changed.
bool step_setting(Preferences& preferences, Setting setting, int delta, bool wrap);
// The same for the speech pitch, which only the keypad changes (the settings screen has no
// pitch); it stays at either end.
bool step_pitch(Preferences& preferences, int delta);

}  // namespace kiosk
