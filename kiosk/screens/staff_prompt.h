#pragma once

#include <chrono>
#include <deque>
#include <optional>
#include <string>

#include "core/ui/input.h"
#include "core/ui/screen_stack.h"
#include "screens/navigation.h"
#include "screens/reaction.h"
#include "screens/screen_parts.h"
#include "screens/screen_view.h"
#include "screens/speech_wording.h"

namespace kiosk {

// The staff code prompt: opened by a keypad sequence no resident uses by chance, and only
// while the shell has a code to check against; digits entered unseen; the code handed to
// the shell to check.
class StaffPrompt {
public:
    StaffPrompt(ScreenContext context, ScreenStack& stack, const SpeechWording& wording, ScreenView& view,
                Navigation& navigation);

    void set_available(bool available) { available_ = available; }
    bool showing() const { return stack_.top().screen.kind == ScreenKind::staff_code; }
    // Notes a command; true when it completes the sequence (and the prompt is available).
    bool completes_sequence(Command command);
    Reaction open();
    // What an input does on the prompt; nothing for inputs that act as anywhere else.
    std::optional<Reaction> on_input(const Input& input);
    // The code was wrong, or came before its wait was over: the prompt closes and says
    // when to try again.
    Reaction refuse(std::chrono::seconds wait, bool wrong);

private:
    Reaction add_digit(int value);

    ScreenContext context_;
    ScreenStack& stack_;
    const SpeechWording& wording_;
    ScreenView& view_;
    Navigation& navigation_;
    bool available_ = false;
    std::deque<Command> recent_commands_;  // the last few, to notice the sequence
    std::string code_;                     // the digits entered
};

}  // namespace kiosk
