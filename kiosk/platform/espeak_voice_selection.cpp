#include "platform/espeak_voice_selection.h"

#include <espeak-ng/speak_lib.h>

namespace kiosk {

bool EspeakVoiceSelection::select(const std::string& voice) {
    if (!loaded_.empty() && voice == loaded_) return true;
    loaded_ = voice;
    if (espeak_SetVoiceByName(voice.c_str()) == EE_OK) return true;
    espeak_SetVoiceByName("en");
    return false;
}

}  // namespace kiosk
