#pragma once

#include <string>

namespace kiosk {

// Which eSpeak NG voice is loaded, so each utterance loads its voice only when it differs.
//
// An SSML <voice> element changes the voice inside a synthesis and restores it at its end.
// A synthesis stopped inside one (a key pressed while a Korean line reads a Chinese title)
// leaves the inner voice loaded. eSpeak NG 1.51 would then read the next utterance with the
// wrong language's rules, and on some words it frees a translator it is still using (a
// heap use-after-free). So a stopped synthesis makes the next utterance load its voice again.
//
// eSpeak NG's state is global to the process: use one selection, on eSpeak's thread.
class EspeakVoiceSelection {
public:
    // Loads `voice` unless it is the one loaded; falls back to "en" and returns false when
    // eSpeak NG has no such voice.
    bool select(const std::string& voice);

    // The last synthesis was stopped before its end: what is loaded is no longer known.
    void synthesis_stopped() { loaded_.clear(); }

private:
    std::string loaded_;
};

}  // namespace kiosk
