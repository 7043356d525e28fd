#pragma once

#include <string>
#include <vector>

namespace kiosk {

// One thing to say. `display` is the text as shown on screen, `text` exactly what goes
// to the synthesizer; they differ once numbers are spelled out for speech.
struct Utterance {
    std::string display;
    std::string text;
    std::string voice;
};

enum class Interrupt { yes, no };

struct SpeechRequest {
    Utterance utterance;
    Interrupt interrupt = Interrupt::yes;
};

}  // namespace kiosk
