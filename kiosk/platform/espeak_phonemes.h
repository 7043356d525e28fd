#pragma once

#include <string>

#include "core/result.h"

namespace kiosk {

// eSpeak NG's phonemes for the SSML text the kiosk would speak, in a voice, without
// sound: what the listening review (kiosk-pack speech) prints and the speech tests read.
// eSpeak's state is global, so a process uses this or an EspeakSpeechDriver, never both.
class EspeakPhonemes {
public:
    EspeakPhonemes() = default;
    ~EspeakPhonemes();
    EspeakPhonemes(const EspeakPhonemes&) = delete;
    EspeakPhonemes& operator=(const EspeakPhonemes&) = delete;

    // Fails when eSpeak NG cannot start.
    Status start();

    // The phonemes, in eSpeak's ASCII notation (as `espeak-ng -x`), clause after clause
    // on one line. Empty when the voice does not exist.
    std::string phonemes(const std::string& ssml, const std::string& voice);

private:
    bool started_ = false;
};

}  // namespace kiosk
