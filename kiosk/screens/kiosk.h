#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "core/content/pack.h"
#include "core/speech/utterance.h"
#include "core/strings/ui_strings.h"
#include "core/ui/display_list.h"
#include "core/ui/input.h"
#include "core/ui/screen_layout.h"
#include "core/ui/screen_stack.h"
#include "core/ui/theme.h"
#include "screens/maintenance_facts.h"
#include "screens/maintenance_menu.h"
#include "screens/navigation.h"
#include "screens/page_reader.h"
#include "screens/preferences.h"
#include "screens/reaction.h"
#include "screens/resident_settings.h"
#include "screens/screen_parts.h"
#include "screens/screen_view.h"
#include "screens/speech_wording.h"
#include "screens/staff_prompt.h"
#include "screens/touch_gestures.h"
#include "screens/visitor_presence.h"

namespace kiosk {

// The whole kiosk as a pure state machine, and the one door to it:
//   1. the shell turns each key or touch into an Input and calls handle();
//   2. handle() hands the input to the part it concerns (Navigation, TouchGestures,
//      PageReader, ResidentSettings, StaffPrompt, MaintenanceMenu, VisitorPresence) and returns their
//      Reaction: the speech that replaces whatever is being said, and whether to redraw;
//   3. after every change the ScreenView settles: it lays the screen out for the viewport
//      (set_viewport, or the last frame's) and scrolls a moved focus into view, so input
//      never depends on a frame having been drawn;
//   4. frame() only paints the settled screen into a display list for the shell to draw.
// Nothing here knows SDL, audio or time, so tests drive it directly; the shell keeps the
// clock and calls warn_idle() and invite() when their time comes.
class Kiosk {
public:
    Kiosk(const Pack& pack, UiStrings strings, TextMeasurer& measurer, std::vector<LanguageChoice> languages = {},
          Preferences preferences = {});
    // The parts hold references to each other and to the fields here.
    Kiosk(const Kiosk&) = delete;
    Kiosk& operator=(const Kiosk&) = delete;

    // Arrives on the home screen and says where the resident is.
    Reaction start();
    // The home screen as the next resident finds it: nobody has touched it yet, so the
    // first key pressed turns speech on and says how to use the keys (EZ Access); a
    // touch starts silently.
    Reaction start_fresh();
    // The screen for nobody: an invitation in every language, each a target that starts
    // the kiosk in its language. Also fresh.
    Reaction show_attract();
    // Nobody has used the kiosk since it started afresh: nothing to warn about or clear.
    bool at_rest() const { return presence_.at_rest(); }
    bool showing_attract() const { return stack_.top().screen.kind == ScreenKind::attract; }
    // The spoken invitation, in every language, whatever the speech setting.
    Reaction invite();
    // Nobody has touched the kiosk for a while: shows (and on its first call says) that
    // it will start afresh in `seconds_left`. Any input takes the warning away.
    Reaction warn_idle(int seconds_left);
    // The seconds the idle warning shows, while it is shown.
    std::optional<int> idle_warning() const { return presence_.idle_warning(); }

    Reaction handle(const Input& input);
    // The size the screen is laid out for; frame() sets it too. Until it is known, taps
    // hit nothing.
    void set_viewport(Size viewport);
    // Paints the screen as it stands (setting the viewport first if it is a new one).
    DisplayList frame(Size viewport);

    // Whether speech can be heard; when not, every frame shows a small notice, so a
    // resident and staff see why the kiosk is silent. True if it changed.
    bool set_sound_available(bool available);

    // Say-all follows its place: when an utterance of say-all starts to be heard, its item
    // takes focus (silently) and scrolls into view, and its sentence is underlined.
    // True if anything on screen changed.
    bool follow_reading(const Utterance& heard);
    // Say-all has only a few utterances left ahead of what is heard: the next few, or
    // nothing once it reached the end of the page or any input stopped it.
    Reaction continue_reading();

    // Staff reach a code prompt with a keypad sequence, only while the shell has a code to
    // check against (StaffPrompt); without one no sequence opens anything.
    void set_staff_prompt(bool available) { staff_.set_available(available); }
    // While true the shell sends the keypad's digits as Digit, not as commands.
    bool entering_staff_code() const { return staff_.showing(); }
    // The code in Reaction::staff_code was wrong, or came before its wait was over: the
    // prompt closes and says when to try again.
    Reaction refuse_staff_code(std::chrono::seconds wait, bool wrong);
    // The code was right: the maintenance screen replaces the prompt, showing `facts`.
    // Its exit item, pressed twice, gives Reaction::exit_kiosk.
    Reaction open_maintenance(MaintenanceFacts facts);

    // The resident asked for staff (the call-staff key or button gives Reaction::call_staff):
    // says the message of the UI bundle named `message_key`, with `earcon` if any, even with
    // speech off, and shows it in the header of every screen until the next resident.
    Reaction tell_staff_call(const std::string& message_key, std::optional<Earcon> earcon);
    const std::string& locale() const { return content_.locale; }

    // A headset was plugged in (EZ Access): speech mode starts, as with the first key on a
    // kiosk nobody is using, and the message of the UI bundle named `message_key` is said
    // first, interrupting what was said on the speakers.
    Reaction headset_plugged(const std::string& message_key);
    // The headset was unplugged: privacy mode ends if `end_privacy` (the screen shows
    // again), and `message_key` is said, even with speech off.
    Reaction headset_unplugged(const std::string& message_key, bool end_privacy);
    // While true privacy mode cannot be turned on: it requires a headset, and none is in.
    void set_privacy_needs_headset(bool needed) { settings_.set_privacy_needs_headset(needed); }

    const Preferences& preferences() const { return prefs_; }
    const Theme& theme() const { return settings_.theme(); }

    const ScreenStack& stack() const { return stack_; }
    // The layout of the screen as it stands, for checks.
    const std::optional<ScreenLayout>& layout() const { return view_.layout(); }

private:
    Reaction dispatch(const Input& input);
    Reaction wake_by_key();
    Reaction on_command(Command command);
    Reaction on_speech_command(Command command);
    Reaction on_gesture(Gesture gesture);
    Reaction move_or_adjust(Command command);
    Reaction activate();
    Reaction begin(const std::string& locale);
    Reaction open_settings();
    Reaction call_staff();
    Reaction repeat() const;
    Reaction heard_if_speaking(Reaction reaction) const;
    // The view settles after every change, before the shell can ask for a frame.
    Reaction settled(Reaction reaction);

    const LocaleContent& content_;
    UiStrings strings_;
    std::vector<LanguageChoice> languages_;
    ScreenStack stack_;
    Preferences prefs_;  // changed only by settings_
    SpeechWording wording_;
    ResidentSettings settings_;
    ScreenView view_;
    Navigation navigation_;
    PageReader reader_;
    TouchGestures touch_;
    StaffPrompt staff_;
    MaintenanceMenu maintenance_;
    VisitorPresence presence_;
    std::vector<SpeechRequest> last_speech_;  // for "repeat"
};

}  // namespace kiosk
