#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/speech/earcons.h"
#include "core/speech/utterance.h"

namespace kiosk {

// What one input did: what to say now, and whether the screen changed.
struct Reaction {
    std::vector<SpeechRequest> speech;
    bool redraw = false;
    std::optional<std::string> switch_locale;  // the resident chose another language
    bool toggle_pause = false;                 // pause speech, or resume it
    std::optional<Earcon> earcon;              // a sound before the words
    bool always_heard = false;                 // said even with speech off: invitations, "speech off"
    std::optional<std::string> staff_code;     // entered on the staff prompt, for the shell to check
    bool exit_kiosk = false;                   // staff confirmed leaving the kiosk on the maintenance screen
    bool call_staff = false;                   // the resident asked for staff; the KioskApp decides what follows
    // With speech off, what the first of `speech` would have shown: a braille display
    // shows it all the same, for a reader who does not listen.
    std::string unheard;
};

inline Reaction with_earcon(Reaction reaction, Earcon earcon) {
    reaction.earcon = earcon;
    return reaction;
}

inline Reaction redrawn(Reaction reaction = {}) {
    reaction.redraw = true;
    return reaction;
}

}  // namespace kiosk
