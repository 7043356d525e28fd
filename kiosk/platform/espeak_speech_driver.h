#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "core/speech/earcons.h"
#include "core/speech/speech_driver.h"
#include "platform/audio_output.h"
#include "platform/espeak_voice_selection.h"
#include "platform/worker_pulse.h"

namespace kiosk {

// Speech through eSpeak NG, on a synthesis thread of its own, and the SDL audio device.
// The steps of every sequence (speech, earcons, pauses, marks) go through one queue in
// order: the synthesis thread turns them into samples and edges in AudioOutput's queue,
// and the device callback reports them as they are heard.
//
// Calls return at once: the UI never waits on speech. cancel() starts a new epoch of the
// audio queue; the synthesis callback checks it on every buffer, so eSpeak stops within
// one buffer, and nothing of the old epoch is heard or reported.
//
// eSpeak's state is global to the process, and eSpeak NG 1.51 hangs terminating a second
// session: the driver leaves eSpeak running when it goes, for the process's end to free.
class EspeakSpeechDriver : public SpeechDriver {
public:
    using LogSink = std::function<void(const std::string&)>;

    // `sink` receives audio-start and done events, on the driver's threads; `log` hears
    // of problems (a missing voice, a failed utterance), on any of them.
    EspeakSpeechDriver(EventSink sink, LogSink log, EarconSet earcons = {});
    ~EspeakSpeechDriver() override;
    EspeakSpeechDriver(const EspeakSpeechDriver&) = delete;
    EspeakSpeechDriver& operator=(const EspeakSpeechDriver&) = delete;

    // Starts eSpeak NG and opens audio. Fails when eSpeak NG cannot start; a missing
    // audio device is not an error, only logged.
    Status start();

    void speak(SpeechSequence sequence) override;
    void cancel() override;
    void set_paused(bool paused) override;
    bool audio_available() const override { return audio_ && audio_->is_open(); }
    Status reopen_audio() override;
    void use_audio_device(const std::string& name) override {
        if (audio_) audio_->use_device(name);
    }
    void ask_alive(std::uint64_t question) override;
    std::uint64_t answered() const override { return pulse_.answered(); }
    // The next synthesis blocks inside eSpeak NG's callback until the driver goes.
    bool wedge_next_synthesis() override;

    // Periods in which the device ran dry in the middle of an utterance.
    std::uint64_t underruns() const { return audio_ ? audio_->underruns() : 0; }

private:
    struct Job {
        std::uint64_t epoch = 0;
        SpeechCommand command;
    };

    void run();
    bool initialize();
    void perform(const Job& job);
    void fail(const Job& job, const char* why) noexcept;
    void say(std::uint64_t epoch, const SpeakCommand& speak);
    void report(const SpeechEvent& event);

    EventSink sink_;
    LogSink log_;
    EarconSet earcon_sounds_;
    std::unique_ptr<AudioOutput> audio_;
    std::thread worker_;
    std::mutex mutex_;
    std::condition_variable wake_;
    std::deque<Job> jobs_;
    bool stopping_ = false;
    int startup_state_ = 0;  // 0 starting, 1 ready, -1 failed; guarded by mutex_
    int sample_rate_ = 0;
    EspeakVoiceSelection voices_;  // the synthesis thread's
    WorkerPulse pulse_;            // the synthesis thread's answers to the watchdog
};

}  // namespace kiosk
