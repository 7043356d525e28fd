#pragma once

#include <string>
#include <vector>

namespace kiosk {

// One thing to say. `display` is the text as shown on screen, `text` the words said
// (numbers spelled out for speech), and `ssml` exactly what goes to the synthesizer: those
// words with the lexicon's readings, escaped, Chinese in other languages in the Mandarin
// voice (core/speech/speech_markup.h). Empty `ssml`: `text`, escaped.
struct Utterance {
    std::string display;
    std::string text;
    std::string ssml;
    std::string voice;
    int rate_wpm = 175;
    int volume = 100;
    int pitch = 50;
    int item = -1;            // in say-all: the screen item being read, followed on screen as it is heard
    int sentence_begin = -1;  // and the sentence of its label (byte range) being read
    int sentence_end = -1;
};

enum class Interrupt { yes, no };

struct SpeechRequest {
    Utterance utterance;
    Interrupt interrupt = Interrupt::yes;
};

}  // namespace kiosk
