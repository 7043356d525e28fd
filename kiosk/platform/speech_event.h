#pragma once

#include <chrono>
#include <cstdint>

namespace kiosk {

// Something that happened to an utterance on a speech or audio thread, reported to the
// main loop, which logs it. The time is when it happened, not when it was logged.
struct SpeechEvent {
    enum class Kind { audio_start, done };
    Kind kind = Kind::done;
    std::uint64_t utterance = 0;
    std::chrono::steady_clock::time_point at;
};

}  // namespace kiosk
