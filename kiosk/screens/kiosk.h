#pragma once

#include <chrono>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/content/pack.h"
#include "core/speech/earcons.h"
#include "core/speech/speech_markup.h"
#include "core/speech/speech_settings.h"
#include "core/speech/utterance.h"
#include "core/strings/ui_strings.h"
#include "core/text/line_breaker.h"
#include "core/ui/display_list.h"
#include "core/ui/input.h"
#include "core/ui/screen_layout.h"
#include "core/ui/screen_stack.h"
#include "core/ui/theme.h"
#include "screens/preferences.h"
#include "screens/screen_parts.h"

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
};

// The whole kiosk as a pure state machine:
//   1. the shell turns each key or touch into an Input and calls handle();
//   2. handle() moves focus or changes screen on the ScreenStack and returns a Reaction:
//      the speech that replaces whatever is being said, and whether to redraw;
//   3. when a redraw is due the shell calls frame(), which lays the screen out (only when
//      the screen or viewport changed), scrolls the focus into view and returns a
//      display list for the shell to draw.
// Nothing here knows SDL, audio or time, so tests drive it directly; the shell keeps the
// clock and calls warn_idle() and invite() when their time comes.
class Kiosk {
public:
    Kiosk(const Pack& pack, UiStrings strings, TextMeasurer& measurer, std::vector<LanguageChoice> languages = {},
          Preferences preferences = {});

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
    bool at_rest() const { return fresh_; }
    bool showing_attract() const { return stack_.top().screen.kind == ScreenKind::attract; }
    // The spoken invitation, in every language, whatever the speech setting.
    Reaction invite();
    // Nobody has touched the kiosk for a while: shows (and on its first call says) that
    // it will start afresh in `seconds_left`. Any input takes the warning away.
    Reaction warn_idle(int seconds_left);
    // The seconds the idle warning shows, while it is shown.
    std::optional<int> idle_warning() const { return idle_warning_; }

    Reaction handle(const Input& input);
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
    // check against (kiosk_staff.cpp); without one no sequence opens anything.
    void set_staff_prompt(bool available) { staff_prompt_available_ = available; }
    // While true the shell sends the keypad's digits as Digit, not as commands.
    bool entering_staff_code() const { return stack_.top().screen.kind == ScreenKind::staff_code; }
    // The code in Reaction::staff_code was wrong, or came before its wait was over: the
    // prompt closes and says when to try again.
    Reaction refuse_staff_code(std::chrono::seconds wait, bool wrong);

    const Preferences& preferences() const { return prefs_; }
    const Theme& theme() const { return theme_; }

    const ScreenStack& stack() const { return stack_; }
    // The layout of the last frame, for hit testing and checks.
    const std::optional<ScreenLayout>& layout() const { return layout_; }

private:
    // Kept in one file each: kiosk.cpp (input, navigation, what is said on arrival and
    // focus), kiosk_touch.cpp, kiosk_reading.cpp, kiosk_settings.cpp, kiosk_frame.cpp,
    // kiosk_staff.cpp.
    static Reaction with_earcon(Reaction reaction, Earcon earcon);
    static Theme theme_named(const std::string& name);
    Reaction dispatch(const Input& input);
    Reaction wake_by_key();
    Reaction heard_if_speaking(Reaction reaction) const;
    Reaction on_command(Command command);
    Reaction on_pointer(Pointer pointer);
    Reaction explore(int x, int y);
    Reaction tap_at(int x, int y);
    std::optional<std::size_t> item_at(int x, int y);
    Reaction move_or_adjust(Command command);
    std::optional<Reaction> continue_tall_item();
    Reaction adjust(Setting setting, int delta, bool wrap);
    Reaction begin(const std::string& locale);
    Reaction open_settings();
    std::string language_name() const;
    std::string position_of(std::size_t index) const;
    std::string spoken_with_position(std::size_t index) const;
    DisplayList frame_of_message(Size viewport, const std::string& title, const std::vector<std::string>& lines);
    DisplayList privacy_frame(Size viewport);
    Reaction on_speech_command(Command command);
    bool completes_staff_sequence(Command command);
    Reaction open_staff_prompt();
    std::optional<Reaction> on_staff_prompt(const Input& input);
    Reaction say_all();
    Reaction next_reading(Interrupt first);
    void read_next_piece(Reaction& reaction);
    void underline_reading(DisplayList& list);
    Reaction spell_focused();
    Reaction change_setting(std::size_t& step, std::size_t steps, int delta, const char* message_key);
    Reaction activate();
    Reaction open(Screen screen);
    Reaction arrive();
    Reaction speak_focus();
    Reaction say(const std::string& text, const std::string& display);
    // What is said: numbers spelled out for the language and, for the synthesizer, SSML with
    // the lexicon's readings and Chinese in the Mandarin voice; in the language's voice.
    Utterance utterance(const std::string& display, const std::string& text, const std::string& voice = {}) const;
    void ensure_layout(Size viewport);
    void lay_out_view();

    const LocaleContent& content_;
    UiStrings strings_;
    Preferences prefs_;
    Theme theme_;  // the one prefs_ names
    TextMeasurer& measurer_;
    LineBreaker breaker_;
    std::vector<LanguageChoice> languages_;
    std::string voice_;  // the pack's voice for this language, or the UI bundle's
    SpeechMarkup markup_;  // lexicon, numbers and Mandarin voice changes, as SSML
    bool sound_available_ = true;
    struct Reading {
        int item = -1;
        int begin = -1;
        int end = -1;
        bool operator==(const Reading&) const = default;
    } reading_;  // the sentence say-all is reading, underlined
    struct ReadingPlace {
        std::size_t item = 0;
        std::size_t offset = 0;  // in the item's label, in bytes
    };
    std::optional<ReadingPlace> say_all_;  // where say-all goes on, while it reads
    std::vector<SpeechRequest> last_speech_;  // for "repeat"
    ScreenStack stack_;
    std::optional<ScreenLayout> layout_;
    std::uint64_t layout_version_ = 0;  // the ScreenStack::screen_version() layout_ was made for
    int layout_text_size_ = 0;          // and the text size
    bool layout_sound_ = true;          // and whether the no-sound notice was in it
    bool reveal_focus_ = true;          // scroll the focus into view at the next frame
    bool fresh_ = false;                // started afresh, and nobody has touched the kiosk since
    std::optional<int> idle_warning_;   // seconds left, while the idle warning is shown
    bool staff_prompt_available_ = false;
    std::deque<Command> recent_commands_;  // the last few, to notice the staff sequence
    std::string staff_code_;               // the digits entered on the staff prompt

    // One finger (or mouse press) from down to up.
    struct Touch {
        int x = 0;
        int y = 0;
        int scroll = 0;      // the page's scroll when the finger went down
        bool moved = false;  // further than a tap: a drag (speech off) or exploration (speech on)
        std::optional<std::size_t> explored;  // the item under the finger, when exploring
    };
    std::optional<Touch> touch_;
    // The item a first tap selected, on the screen version it was on: a second tap on it
    // opens it ("touch and confirm").
    struct Selected {
        std::uint64_t screen_version = 0;
        std::size_t index = 0;
        bool operator==(const Selected&) const = default;
    };
    std::optional<Selected> touch_selected_;
};

}  // namespace kiosk
