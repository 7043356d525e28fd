#pragma once

#include <SDL.h>

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <vector>

#include "platform/speech_event.h"

namespace kiosk {

// Plays synthesized speech through the SDL audio device. Samples arrive in chunks tagged
// with their utterance; the device callback reports when an utterance's first sample is
// handed to the device and when its last one has been. flush() drops everything queued,
// so a key press is never followed by stale speech.
//
// The queue holds at most kAheadSeconds of speech: push_samples() waits for room, so the
// synthesizer (which calls it) runs only that far ahead of what is heard, and memory stays
// flat however long the text. The device callback only signals that room was made.
class AudioOutput {
public:
    using EventSink = std::function<void(const SpeechEvent&)>;

    AudioOutput(int sample_rate, EventSink sink);
    ~AudioOutput();
    AudioOutput(const AudioOutput&) = delete;
    AudioOutput& operator=(const AudioOutput&) = delete;

    // False when no audio device could be opened; the kiosk then works silently.
    bool open(std::string& error);
    // Lets go of the device (it was removed). Until open() succeeds again, samples are
    // dropped and each utterance ends as soon as it is synthesized.
    void close();
    bool is_open();
    // Plays a short sound over whatever is being said; a new one replaces one still playing.
    void play_earcon(const std::vector<std::int16_t>& samples);
    // Holds playback where it is, or lets it go on.
    void set_paused(bool paused);

    static constexpr int kAheadSeconds = 3;

    // Waits while the queue is full, unless the utterance is cancelled (flush) or the
    // device is closed meanwhile; then its samples are dropped.
    void push_samples(std::uint64_t utterance, const std::int16_t* samples, std::size_t count);
    // Samples queued and not yet handed to the device.
    std::size_t queued_samples();
    void end_utterance(std::uint64_t utterance);
    // Drops all queued audio and refuses audio of utterances up to `last_cancelled`.
    void flush(std::uint64_t last_cancelled);

private:
    struct Chunk {
        std::uint64_t utterance = 0;
        std::vector<std::int16_t> samples;
        std::size_t played = 0;
        bool first = false;
        bool last = false;  // an empty marker after the final samples
    };

    static void SDLCALL fill_callback(void* self, Uint8* stream, int length);
    void fill(std::int16_t* out, std::size_t count);
    void mix_earcon(std::int16_t* out, std::size_t count);

    int sample_rate_;
    EventSink sink_;
    SDL_AudioDeviceID device_ = 0;
    std::mutex mutex_;  // guards device_ and the queue; never held while SDL waits for the callback
    std::deque<Chunk> queue_;
    std::size_t queued_ = 0;  // samples in queue_ not yet played
    std::condition_variable room_;  // signalled when the callback plays queued samples, and on flush
    std::vector<std::int16_t> earcon_;
    std::size_t earcon_played_ = 0;
    std::uint64_t refused_up_to_ = 0;
    std::uint64_t started_ = 0;  // the newest utterance whose first chunk was queued
};

}  // namespace kiosk
