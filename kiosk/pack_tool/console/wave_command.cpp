#include "pack_tool/console/wave_command.h"

#include <cstdio>

#include "pack_tool/exit_codes.h"
#include "platform/espeak_wave.h"

namespace kiosk {

const char* const kWaveHelp =
    "Usage: kiosk-pack wave --voice VOICE SSML > FILE.wav\n"
    "Says SSML (as 'kiosk-pack speech' prints it after 'espeak:') in eSpeak NG's voice\n"
    "VOICE and writes the sound to standard output as a WAV file.\n";

int wave_command(const WaveOptions& options) {
    EspeakWave espeak;
    if (Status started = espeak.start(); !started) {
        std::fprintf(stderr, "kiosk-pack: %s\n", started.error().to_string().c_str());
        return kFailed;
    }
    auto sound = espeak.wave(options.ssml, options.voice);
    if (!sound) {
        std::fprintf(stderr, "kiosk-pack: %s\n", sound.error().to_string().c_str());
        return kUsage;
    }
    if (std::fwrite(sound->data(), 1, sound->size(), stdout) != sound->size() || std::fflush(stdout) != 0) {
        std::fprintf(stderr, "kiosk-pack: cannot write the sound\n");
        return kFailed;
    }
    return kOk;
}

}  // namespace kiosk
