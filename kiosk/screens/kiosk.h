#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/content/pack.h"
#include "core/speech/earcons.h"
#include "core/speech/speech_settings.h"
#include "core/speech/utterance.h"
#include "core/strings/ui_strings.h"
#include "core/text/line_breaker.h"
#include "core/ui/display_list.h"
#include "core/ui/screen_layout.h"
#include "core/ui/screen_stack.h"
#include "core/ui/theme.h"
#include "screens/input.h"
#include "screens/screen_parts.h"

namespace kiosk {

// What one input did: what to say now, and whether the screen changed.
struct Reaction {
    std::vector<SpeechRequest> speech;
    bool redraw = false;
    std::optional<std::string> switch_locale;  // the resident chose another language
    bool toggle_pause = false;                 // pause speech, or resume it
    std::optional<Earcon> earcon;              // a sound before the words
};

// The whole kiosk as a pure state machine:
//   1. the shell turns each key or touch into an Input and calls handle();
//   2. handle() moves focus or changes screen on the ScreenStack and returns a Reaction:
//      the speech that replaces whatever is being said, and whether to redraw;
//   3. when a redraw is due the shell calls frame(), which lays the screen out (only when
//      the screen or viewport changed), scrolls the focus into view and returns a
//      display list for the shell to draw.
// Nothing here knows SDL, audio or time, so tests drive it directly.
class Kiosk {
public:
    Kiosk(const Pack& pack, UiStrings strings, Theme theme, TextMeasurer& measurer,
          std::vector<LanguageChoice> languages = {});

    // Arrives on the home screen and says where the resident is.
    Reaction start();
    Reaction handle(const Input& input);
    DisplayList frame(Size viewport);

    // Whether speech can be heard; when not, every frame shows a small notice, so a
    // resident and staff see why the kiosk is silent. True if it changed.
    bool set_sound_available(bool available);

    // Say-all follows its place: when an utterance of say-all starts to be heard, its item
    // takes focus (silently) and scrolls into view, and its sentence is underlined.
    // True if anything on screen changed.
    bool follow_reading(const Utterance& heard);

    const SpeechSettings& speech_settings() const { return settings_; }
    void set_speech_settings(const SpeechSettings& settings) { settings_ = settings; }

    const ScreenStack& stack() const { return stack_; }
    // The layout of the last frame, for hit testing and checks.
    const std::optional<ScreenLayout>& layout() const { return layout_; }

private:
    Reaction on_command(Command command);
    Reaction on_speech_command(Command command);
    Reaction say_all();
    void read_item_by_sentence(std::size_t index, Reaction& reaction);
    void underline_reading(DisplayList& list);
    Reaction spell_focused();
    Reaction change_setting(std::size_t& step, std::size_t steps, int delta, const char* message_key);
    Reaction on_tap(Tap tap);
    Reaction activate();
    Reaction open(Screen screen);
    Reaction arrive();
    Reaction speak_focus();
    Reaction say(const std::string& text, const std::string& display);
    // What goes to the synthesizer: numbers spelled out for the language, in its voice.
    Utterance utterance(const std::string& display, const std::string& text, const std::string& voice = {}) const;
    void ensure_layout(Size viewport);

    const LocaleContent& content_;
    UiStrings strings_;
    Theme theme_;
    TextMeasurer& measurer_;
    LineBreaker breaker_;
    std::vector<LanguageChoice> languages_;
    std::string voice_;  // the pack's voice for this language, or the UI bundle's
    bool sound_available_ = true;
    struct Reading {
        int item = -1;
        int begin = -1;
        int end = -1;
        bool operator==(const Reading&) const = default;
    } reading_;  // the sentence say-all is reading, underlined
    SpeechSettings settings_;
    std::vector<SpeechRequest> last_speech_;  // for "repeat"
    ScreenStack stack_;
    std::optional<ScreenLayout> layout_;
    std::uint64_t layout_version_ = 0;  // the ScreenStack::screen_version() layout_ was made for
};

}  // namespace kiosk
