#include "platform/espeak_voices.h"

#include <espeak-ng/speak_lib.h>

#include <algorithm>
#include <cctype>

namespace kiosk {

namespace {

std::set<std::string> list_voices() {
    std::set<std::string> names;
    if (espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, nullptr, 0) <= 0) return names;
    for (const espeak_VOICE** voice = espeak_ListVoices(nullptr); voice != nullptr && *voice != nullptr; ++voice) {
        // A voice is selected by its file name ("sit/cmn-Latn-pinyin" → "cmn-latn-pinyin"),
        // which is what espeak_SetVoiceByName matches; the "name" field is a description.
        std::string name = (*voice)->identifier != nullptr ? (*voice)->identifier : "";
        name = name.substr(name.rfind('/') + 1);
        std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
        names.insert(name);
    }
    espeak_Terminate();
    return names;
}

}  // namespace

// Asked once per process: eSpeak NG 1.51 can hang when initialised again after
// espeak_Terminate.
std::set<std::string> installed_espeak_voices() {
    static const std::set<std::string> voices = list_voices();
    return voices;
}

}  // namespace kiosk
