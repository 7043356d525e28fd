#include "core/speech/silent_speech_driver.h"

#include <utility>

namespace kiosk {

SilentSpeechDriver::SilentSpeechDriver(EventSink sink, Now now) : sink_(std::move(sink)), now_(std::move(now)) {}

void SilentSpeechDriver::speak(SpeechSequence sequence) {
    for (const SpeechCommand& command : sequence) {
        if (const auto* speak = std::get_if<SpeakCommand>(&command)) {
            sink_({SpeechEvent::Kind::audio_start, speak->id, now_()});
            sink_({SpeechEvent::Kind::done, speak->id, now_()});
        } else if (const auto* mark = std::get_if<MarkCommand>(&command)) {
            sink_({SpeechEvent::Kind::done, mark->id, now_()});
        }
    }
}

}  // namespace kiosk
