#include "screens/speech_wording.h"

#include <utility>

#include "core/speech/speech_lexicons.h"
#include "core/speech/speech_normalizer.h"
#include "core/speech/speech_text.h"
#include "screens/screen_parts.h"

namespace kiosk {

SpeechWording::SpeechWording(const Pack& pack, const std::string& locale, const UiStrings& strings,
                             const SpeechSettings& settings)
    : locale_(locale),
      strings_(strings),
      settings_(settings),
      voice_(pack.manifest.voice_for(locale, strings.get("voice"))),
      markup_(speech_markup_for(pack, locale)) {}

Utterance SpeechWording::utterance(const std::string& display, const std::string& text,
                                   const std::string& voice) const {
    const bool own_voice = !voice.empty() && voice != voice_;
    // A language's own name is not rewritten by the current language's rules.
    std::string spoken = own_voice ? text : normalize_for_speech(text, locale_);
    std::string ssml = own_voice ? xml_escaped(text) : markup_.compose(text);
    Utterance u{display, std::move(spoken), std::move(ssml), own_voice ? voice : voice_};
    u.rate_wpm = settings_.rate_wpm();
    u.volume = settings_.volume_level();
    u.pitch = settings_.pitch_level();
    return u;
}

Reaction SpeechWording::say(const std::string& text, const std::string& display) const {
    Reaction reaction;
    reaction.speech.push_back({utterance(display, text), Interrupt::yes});
    return reaction;
}

namespace {

// Items are counted among their own kind, as a list is: categories among categories,
// buttons among buttons, an article's paragraphs, headings and rows among its text.
bool same_group(Role a, Role b) {
    auto is_text = [](Role r) {
        return r == Role::paragraph || r == Role::list_item || r == Role::heading || r == Role::table_row;
    };
    return a == b || (is_text(a) && is_text(b));
}

}  // namespace

// The footer's buttons count among themselves, apart from the page's own.
std::string SpeechWording::position_of(const Screen& screen, std::size_t index) const {
    const bool in_footer = index >= screen.items.size();
    const Role role = screen.focusable(index).role;
    std::size_t position = 0;
    std::size_t count = 0;
    for (std::size_t i = 0; i < screen.focusable_count(); ++i) {
        if ((i >= screen.items.size()) != in_footer || !same_group(screen.focusable(i).role, role)) continue;
        if (i < index) ++position;
        ++count;
    }
    return count < 2 ? std::string{} : position_text(strings_, position, count);
}

std::string SpeechWording::spoken_with_position(const Screen& screen, std::size_t index) const {
    return join_spoken({screen.focusable(index).spoken, position_of(screen, index)}, strings_.get("list_separator"));
}

}  // namespace kiosk
