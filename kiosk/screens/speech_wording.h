#pragma once

#include <cstddef>
#include <string>

#include "core/content/pack.h"
#include "core/speech/speech_markup.h"
#include "core/speech/speech_settings.h"
#include "core/speech/utterance.h"
#include "core/strings/ui_strings.h"
#include "core/ui/screen.h"
#include "screens/reaction.h"

namespace kiosk {

// How the kiosk words what it says: numbers spelled out for the language and, for the
// synthesizer, SSML with the lexicon's readings and Chinese in the Mandarin voice; in the
// language's voice at the resident's rate, volume and pitch; and where an item stands
// among its kind ("第2项，共6项").
class SpeechWording {
public:
    // `settings` is read at each utterance, so a change is heard at once.
    SpeechWording(const Pack& pack, const std::string& locale, const UiStrings& strings,
                  const SpeechSettings& settings);

    Utterance utterance(const std::string& display, const std::string& text, const std::string& voice = {}) const;
    // One utterance that interrupts whatever is being said.
    Reaction say(const std::string& text, const std::string& display) const;
    Reaction say(const std::string& text) const { return say(text, text); }
    // The same, for a message of the UI bundle.
    Reaction say_message(const std::string& key) const { return say(strings_.get(key)); }

    // "第2项，共6项", or nothing for an item alone of its kind.
    std::string position_of(const Screen& screen, std::size_t index) const;
    // The item's spoken text followed by its position.
    std::string spoken_with_position(const Screen& screen, std::size_t index) const;

private:
    std::string locale_;
    const UiStrings& strings_;
    const SpeechSettings& settings_;
    std::string voice_;    // the pack's voice for this language, or the UI bundle's
    SpeechMarkup markup_;  // lexicon, numbers and Mandarin voice changes, as SSML
};

}  // namespace kiosk
