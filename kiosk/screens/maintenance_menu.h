#pragma once

#include "core/ui/input.h"
#include "core/ui/screen_stack.h"
#include "screens/maintenance_facts.h"
#include "screens/navigation.h"
#include "screens/reaction.h"
#include "screens/screen_parts.h"
#include "screens/speech_wording.h"

namespace kiosk {

// The staff maintenance screen at work: opened in place of the staff code prompt with
// the facts the host gathered, it runs the tests of speech and sound, and exits the kiosk
// only on a second press of its exit item, so a slip of the finger does not end it. Any
// other key, a move away or the idle warning takes the first press back.
class MaintenanceMenu {
public:
    MaintenanceMenu(ScreenContext context, ScreenStack& stack, const SpeechWording& wording, Navigation& navigation);

    bool showing() const { return stack_.top().screen.kind == ScreenKind::maintenance; }
    Reaction open(MaintenanceFacts facts);
    Reaction run(StaffTask task);
    // After an input: the exit waits for its second press only while nothing else
    // happened. True when the screen changed.
    bool disarm_unless_confirming(const Input& input);
    // Takes a first press of the exit back; true when there was one.
    bool disarm();

private:
    Reaction test_speech() const;
    Reaction test_sound() const;
    Reaction exit();

    ScreenContext context_;
    ScreenStack& stack_;
    const SpeechWording& wording_;
    Navigation& navigation_;
    MaintenanceFacts facts_;  // as gathered when the screen opened
    bool exit_armed_ = false;
};

}  // namespace kiosk
