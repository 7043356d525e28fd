#pragma once

#include <vector>

#include "core/ui/screen_stack.h"
#include "screens/reaction.h"
#include "screens/screen_parts.h"
#include "screens/screen_view.h"
#include "screens/speech_wording.h"

namespace kiosk {

// Moving through the screens: focus up and down, opening what an item leads to, Back,
// Home and Help, and what is said on arriving at a screen or an item. Every move asks the
// view to bring the focus into view.
class Navigation {
public:
    Navigation(ScreenContext context, const std::vector<LanguageChoice>& languages, ScreenStack& stack,
               const SpeechWording& wording, ScreenView& view);

    // Starts again from a fresh home screen (or the attract screen), saying nothing yet.
    void reset_to_home();
    void reset_to_attract();

    Reaction next();
    Reaction previous();
    Reaction back();
    Reaction home();
    Reaction help();
    // Follows the focused item's action where it leads to another screen; an item that
    // leads nowhere is said again.
    Reaction follow_focused();

    Reaction open(Screen screen);
    // On arrival the screen says what it is, then what has focus, in one utterance so a
    // following key press cuts both off together.
    Reaction arrive();
    Reaction speak_focus();

private:
    ScreenContext context_;
    const std::vector<LanguageChoice>& languages_;
    ScreenStack& stack_;
    const SpeechWording& wording_;
    ScreenView& view_;
};

}  // namespace kiosk
