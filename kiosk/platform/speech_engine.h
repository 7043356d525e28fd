#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "core/speech/earcons.h"
#include "core/speech/utterance.h"
#include "platform/audio_output.h"

namespace kiosk {

// eSpeak NG, through its library, on a thread of its own; audio goes to AudioOutput.
// speak() and cancel() return at once: the UI never waits on speech. Cancelling sets a
// generation that the synthesis callback checks on every buffer, so eSpeak stops within
// one buffer, and the audio queue is flushed.
class SpeechEngine {
public:
    using LogSink = std::function<void(const std::string&)>;

    // `sink` receives audio-start and done events, on the audio thread.
    SpeechEngine(AudioOutput::EventSink sink, LogSink log);
    ~SpeechEngine();
    SpeechEngine(const SpeechEngine&) = delete;
    SpeechEngine& operator=(const SpeechEngine&) = delete;

    // Starts the synthesis thread and opens audio. False (with `error`) when eSpeak NG
    // cannot start; a missing audio device is not an error, only a note in `error`.
    bool start(std::string& error);

    // Queues an utterance and returns its id; with Interrupt::yes whatever is being said
    // or waiting is dropped first.
    std::uint64_t speak(const Utterance& utterance, Interrupt interrupt);
    // Stops speech now. Returns the id of the utterance that was cut off, or 0.
    std::uint64_t cancel();

    // Whether speech can be heard: an audio device is open.
    bool audio_available() { return audio_->is_open(); }
    // Lets go of the audio device and opens the default one again, as after a device was
    // removed or added. Speech is cut off. False (with `error`) when no device opens.
    bool reopen_audio(std::string& error);
    // Earcons to play, made at the synthesizer's sample rate on start().
    void set_earcons(EarconSet earcons) { earcon_sounds_ = std::move(earcons); }
    void play_earcon(Earcon earcon);
    // Pauses speech where it is, or resumes it. Speaking anew also resumes.
    void toggle_pause();
    void mark_done(std::uint64_t utterance);

private:
    struct Job {
        std::uint64_t id = 0;
        Utterance utterance;
    };

    void run();
    void synthesize(const Job& job);
    bool select_voice(const std::string& voice);

    AudioOutput::EventSink sink_;
    LogSink log_;
    std::unique_ptr<AudioOutput> audio_;
    std::thread worker_;
    std::mutex mutex_;
    std::condition_variable wake_;
    std::deque<Job> jobs_;
    bool stopping_ = false;
    std::uint64_t next_id_ = 1;
    std::atomic<std::uint64_t> cancelled_up_to_{0};
    std::atomic<std::uint64_t> speaking_{0};
    bool paused_ = false;  // main thread only
    EarconSet earcon_sounds_;
    std::map<Earcon, std::vector<std::int16_t>> earcons_;
    std::string current_voice_;
    std::mutex startup_mutex_;
    std::condition_variable started_;
    int startup_state_ = 0;  // 0 starting, 1 ready, -1 failed
    int sample_rate_ = 0;

};

}  // namespace kiosk
