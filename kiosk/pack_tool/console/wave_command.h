#pragma once

#include <string>

namespace kiosk {

// `kiosk-pack wave --voice V SSML`: the SSML in eSpeak NG's voice V, as a WAV file on
// standard output. The console plays speech through it: eSpeak NG is one synthesizer per
// process, and the console's pack checks use it too.
struct WaveOptions {
    std::string voice;
    std::string ssml;
};

extern const char* const kWaveHelp;

int wave_command(const WaveOptions& options);

}  // namespace kiosk
