#pragma once

#include <string>

#include "core/result.h"

namespace kiosk {

// eSpeak NG's voice as a WAV file (16-bit mono PCM at eSpeak's rate), for staff to hear
// in a browser what a resident hears, with the SSML the kiosk hands to eSpeak. eSpeak's
// state is global, so a process uses this or an EspeakSpeechDriver, never both; calls
// from several threads take turns.
class EspeakWave {
public:
    // Fails when eSpeak NG cannot start.
    Status start();

    // The WAV bytes; fails when the voice does not exist.
    Result<std::string> wave(const std::string& ssml, const std::string& voice);

private:
    int sample_rate_ = 0;
};

}  // namespace kiosk
