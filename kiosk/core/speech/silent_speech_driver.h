#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <string>

#include "core/speech/speech_driver.h"

namespace kiosk {

// A driver that says nothing, the way NVDA's `silence` synthesizer does: every step of a
// sequence is over the moment it is queued. Each speak command is reported `audio_start`
// then `done`, each mark `done`, in order, through the sink and before speak() returns;
// earcons and pauses pass without a sound. Used for `--speech off` and in tests, where
// whoever builds sequences sees the same events as from a voice, at once.
class SilentSpeechDriver : public SpeechDriver {
public:
    using Clock = std::chrono::steady_clock;
    using Now = std::function<Clock::time_point()>;

    // `now` stamps the events: the host's clock, or a test's.
    SilentSpeechDriver(EventSink sink, Now now);

    void speak(SpeechSequence sequence) override;
    // Nothing is ever left to cut off.
    void cancel() override {}
    void set_paused(bool) override {}
    // Nothing can be heard, and nothing is missing either: no device is wanted, so none
    // is reported absent.
    bool audio_available() const override { return true; }
    Status reopen_audio() override { return {}; }
    // No worker: the driver answers as it is asked, on the caller's thread.
    void ask_alive(std::uint64_t question) override { answered_ = question; }
    std::uint64_t answered() const override { return answered_; }

private:
    EventSink sink_;
    Now now_;
    std::uint64_t answered_ = 0;
};

}  // namespace kiosk
