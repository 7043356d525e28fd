#include "platform/espeak_phonemes.h"

#include <espeak-ng/speak_lib.h>

#include <cstdio>
#include <cstdlib>

namespace kiosk {
namespace {

int discard_samples(short*, int, espeak_EVENT*) { return 0; }

}  // namespace

// eSpeak NG is left initialised for the rest of the process: eSpeak NG 1.51 can hang in
// espeak_Terminate once another part of the process (the speech driver) has used it, and
// its memory goes with the process.
EspeakPhonemes::~EspeakPhonemes() = default;

Status EspeakPhonemes::start() {
    if (espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 100, nullptr, 0) <= 0) {
        return failure("eSpeak NG could not start (is espeak-ng-data installed?)");
    }
    espeak_SetSynthCallback(&discard_samples);
    started_ = true;
    return {};
}

// The phoneme trace is eSpeak's own transcription of what it synthesizes, voice changes
// and all; espeak_TextToPhonemes would not follow SSML.
std::string EspeakPhonemes::phonemes(const std::string& ssml, const std::string& voice) {
    if (!started_ || espeak_SetVoiceByName(voice.c_str()) != EE_OK) return {};
    char* buffer = nullptr;
    std::size_t size = 0;
    FILE* trace = open_memstream(&buffer, &size);
    if (trace == nullptr) return {};
    espeak_SetPhonemeTrace(espeakPHONEMES_SHOW, trace);
    espeak_Synth(ssml.c_str(), ssml.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8 | espeakSSML, nullptr, nullptr);
    espeak_Synchronize();
    espeak_SetPhonemeTrace(0, nullptr);
    std::fclose(trace);
    std::string out;
    for (std::size_t i = 0; i < size; ++i) {
        const char c = buffer[i];
        if (c == '\n') {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += c;
        }
    }
    std::free(buffer);
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

}  // namespace kiosk
