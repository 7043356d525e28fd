#pragma once

#include <SDL.h>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "core/speech/speech_driver.h"
#include "platform/spsc_ring.h"

namespace kiosk {

// Plays synthesized speech through the SDL audio device. One writer (the synthesis
// thread) queues samples, silences, earcons and the edges of utterances; the device
// callback plays them and notes when an utterance's first sample is handed to the device
// and when its last one has been. A notifier thread, woken by a semaphore the callback
// posts, hands those events to the sink: the callback itself never locks or allocates.
//
// Everything queued belongs to an epoch; flush() starts a new one, and what is left of
// the old is dropped unheard, without events, so a key press is never followed by stale
// speech. The queue holds at most kAheadSeconds of speech: the writer waits for room, so
// it runs only that far ahead of what is heard, and memory stays flat however long the
// text. While nothing plays the device is paused, and it resumes when something is queued;
// after a longer silence it is closed, and opened again for the next words.
class AudioOutput {
public:
    // Called on the notifier thread (or, while no device is open, on the writer's).
    using EventSink = std::function<void(const SpeechEvent&)>;
    // Told, on the notifier thread, of trouble nobody asked about: the device ran dry.
    using LogSink = std::function<void(const std::string&)>;

    static constexpr int kAheadSeconds = 3;
    // 256 samples is 11.6 ms at 22050 Hz: what is queued is heard within that.
    static constexpr int kPeriodSamples = 256;

    // `earcons` are sounds at `sample_rate`, played by index.
    // After `release_after_idle` of silence the paused device is let go of until something
    // is queued: SDL wakes a paused device's thread every period all the same.
    AudioOutput(int sample_rate, std::vector<std::vector<std::int16_t>> earcons, EventSink sink, LogSink log = {},
                std::chrono::milliseconds release_after_idle = std::chrono::seconds(10));
    ~AudioOutput();
    AudioOutput(const AudioOutput&) = delete;
    AudioOutput& operator=(const AudioOutput&) = delete;

    // Fails when no audio device could be opened; the kiosk then works silently.
    Status open();
    // The device open() and a wake after a silence open from now on, by its SDL name
    // (a headset's own device); empty: the default device.
    void use_device(const std::string& name);
    // Lets go of the device (it was removed), dropping what is queued. Until open()
    // succeeds again, nothing is queued, and each utterance and mark is done at once.
    void close();
    bool is_open() const { return open_.load(); }
    // Let go of for a silence; opened again by the next thing queued.
    bool released() const { return released_.load(); }
    // Holds playback where it is, or lets it go on.
    void set_paused(bool paused);

    // The epoch that what is queued now belongs to.
    std::uint64_t epoch() const { return epoch_.load(); }
    // Starts a new epoch: what was queued is dropped, and once this returns no event of
    // it reaches the sink. A writer waiting for room gives up.
    void flush();

    // The writer's side. Each call returns false, queuing nothing, once `epoch` is over
    // or while no device is open. Calls wait while the queue is full.
    bool begin_utterance(std::uint64_t epoch, std::uint64_t id);
    bool push_samples(std::uint64_t epoch, const std::int16_t* samples, std::size_t count);
    bool end_utterance(std::uint64_t epoch, std::uint64_t id);
    bool push_silence(std::uint64_t epoch, std::size_t count);
    bool mark(std::uint64_t epoch, std::uint64_t id);
    bool play_earcon(std::uint64_t epoch, std::size_t earcon);

    // A writer calls `woken` on its own thread whenever it starts to wait for room, and
    // wake_waiting_writer() makes it wait afresh: a synthesis held by a pause still
    // answers the watchdog. Set before anything is queued.
    void on_writer_woken(std::function<void()> woken) { writer_woken_ = std::move(woken); }
    void wake_waiting_writer() { wake_writer(); }

    // Samples queued and not yet handed to the device (or skipped, as of an old epoch).
    std::size_t queued_samples() const { return samples_.readable(); }
    // Periods in which the device found no samples in the middle of an utterance.
    std::uint64_t underruns() const { return underruns_.load(); }

private:
    // A point in the stream of samples: where something starts or ends.
    struct Marker {
        enum class Kind : std::uint8_t { utterance, silence, end, mark, earcon };
        Kind kind = Kind::mark;
        std::uint64_t epoch = 0;
        std::uint64_t position = 0;  // in samples_
        std::uint64_t id = 0;        // the utterance or mark, or the earcon's index
    };
    struct Notice {
        SpeechEvent event;
        std::uint64_t epoch = 0;
    };

    static void SDLCALL fill_callback(void* self, Uint8* stream, int length);
    void fill(std::int16_t* out, std::size_t count);
    bool take_marker(std::uint64_t live, std::size_t written, bool& noticed);
    std::size_t play_samples(std::uint64_t live, std::int16_t* out, std::size_t count, bool& skipped);
    void mix_earcon(std::int16_t* out, std::size_t count);
    void note_idle(bool idle);

    bool queue_marker(Marker::Kind kind, std::uint64_t epoch, std::uint64_t id);
    bool wait_for_room(std::uint64_t epoch, std::size_t samples, std::size_t markers);
    std::size_t room() const;
    void wake_writer();
    void wake_device();

    void notify_loop();
    void deliver(const SpeechEvent& event, std::uint64_t epoch);
    void pause_if_idle();
    void release_if_idle();
    bool open_device();
    bool drained() const;
    void drop_queued();

    const int sample_rate_;
    const std::vector<std::vector<std::int16_t>> earcons_;
    EventSink sink_;
    LogSink log_;

    const std::size_t limit_;  // samples of the live epoch queued at most
    const std::chrono::milliseconds release_after_idle_;
    SpscRing<std::int16_t> samples_;  // room for a stale queue as well as a live one
    SpscRing<Marker> markers_;
    SpscRing<Notice> notices_;
    std::atomic<std::uint64_t> epoch_{1};
    std::atomic<std::uint64_t> stale_until_{0};  // samples before this position are of an old epoch
    std::atomic<bool> open_{false};

    // The callback's own state, touched elsewhere only while the callback cannot run.
    std::uint64_t segment_epoch_ = 0;  // of the samples being played
    bool in_utterance_ = false;        // between an utterance's first sample and its end
    const std::vector<std::int16_t>* earcon_ = nullptr;
    std::size_t earcon_played_ = 0;
    std::size_t earcon_from_ = 0;  // where in this period's samples the earcon starts
    bool reported_idle_ = false;
    std::atomic<bool> callback_idle_{true};
    std::atomic<std::uint64_t> underruns_{0};
    std::uint64_t underruns_told_ = 0;  // the notifier's: the count it last told

    SDL_sem* room_;    // posted by the callback when a waiting writer has room
    SDL_sem* notice_;  // posted by the callback when there are notices or it went idle
    std::atomic<bool> writer_waiting_{false};
    std::function<void()> writer_woken_;
    std::atomic<bool> idle_noted_{false};
    std::atomic<bool> stopping_{false};

    std::mutex delivery_mutex_;  // held while the sink is called and while the epoch moves
    std::mutex device_mutex_;    // guards the device and its pause state
    SDL_AudioDeviceID device_ = 0;
    std::string device_name_;  // empty: the default device
    bool user_paused_ = false;
    std::atomic<bool> idle_paused_{false};
    std::atomic<bool> released_{false};  // let go of while idle; open_ stays true
    std::thread notifier_;
};

}  // namespace kiosk
