#include "platform/audio_output.h"

#include <algorithm>
#include <cstring>
#include <utility>

namespace kiosk {

AudioOutput::AudioOutput(int sample_rate, EventSink sink) : sample_rate_(sample_rate), sink_(std::move(sink)) {}

AudioOutput::~AudioOutput() { close(); }

bool AudioOutput::is_open() {
    std::lock_guard lock(mutex_);
    return device_ != 0;
}

void AudioOutput::play_earcon(const std::vector<std::int16_t>& samples) {
    std::lock_guard lock(mutex_);
    if (device_ == 0) return;
    earcon_ = samples;
    earcon_played_ = 0;
}

void AudioOutput::set_paused(bool paused) {
    SDL_AudioDeviceID device = 0;
    {
        std::lock_guard lock(mutex_);
        device = device_;
    }
    if (device != 0) SDL_PauseAudioDevice(device, paused ? 1 : 0);
}

void AudioOutput::close() {
    SDL_AudioDeviceID device = 0;
    {
        std::lock_guard lock(mutex_);
        device = std::exchange(device_, 0);
        queue_.clear();
        queued_ = 0;
    }
    room_.notify_all();  // a synthesizer waiting for room drops its samples instead
    // Outside the lock: closing waits for the device callback, which takes the lock.
    if (device != 0) SDL_CloseAudioDevice(device);
}

bool AudioOutput::open(std::string& error) {
    SDL_AudioSpec want{};
    want.freq = sample_rate_;
    want.format = AUDIO_S16SYS;
    want.channels = 1;
    // 512 samples is 23 ms at 22050 Hz: short enough that a cut-off is heard at once.
    want.samples = 512;
    want.callback = &AudioOutput::fill_callback;
    want.userdata = this;
    SDL_AudioSpec have{};
    const SDL_AudioDeviceID device = SDL_OpenAudioDevice(nullptr, 0, &want, &have, 0);
    if (device == 0) {
        error = std::string("no audio device: ") + SDL_GetError();
        return false;
    }
    {
        std::lock_guard lock(mutex_);
        device_ = device;
    }
    SDL_PauseAudioDevice(device, 0);
    return true;
}

std::size_t AudioOutput::queued_samples() {
    std::lock_guard lock(mutex_);
    return queued_;
}

void AudioOutput::push_samples(std::uint64_t utterance, const std::int16_t* samples, std::size_t count) {
    std::unique_lock lock(mutex_);
    const std::size_t limit = static_cast<std::size_t>(sample_rate_) * kAheadSeconds;
    room_.wait(lock, [&] { return device_ == 0 || utterance <= refused_up_to_ || queued_ < limit; });
    if (device_ == 0 || utterance <= refused_up_to_ || count == 0) return;
    queued_ += count;
    Chunk chunk;
    chunk.utterance = utterance;
    chunk.samples.assign(samples, samples + count);
    chunk.first = utterance != started_;
    started_ = utterance;
    queue_.push_back(std::move(chunk));
}

void AudioOutput::end_utterance(std::uint64_t utterance) {
    std::unique_lock lock(mutex_);
    if (utterance <= refused_up_to_) return;
    if (device_ == 0) {
        lock.unlock();
        sink_({SpeechEvent::Kind::done, utterance, std::chrono::steady_clock::now()});
        return;
    }
    Chunk marker;
    marker.utterance = utterance;
    marker.last = true;
    queue_.push_back(std::move(marker));
}

void AudioOutput::flush(std::uint64_t last_cancelled) {
    {
        std::lock_guard lock(mutex_);
        refused_up_to_ = std::max(refused_up_to_, last_cancelled);
        queue_.clear();
        queued_ = 0;
    }
    room_.notify_all();
}

void SDLCALL AudioOutput::fill_callback(void* self, Uint8* stream, int length) {
    static_cast<AudioOutput*>(self)->fill(reinterpret_cast<std::int16_t*>(stream),
                                         static_cast<std::size_t>(length) / sizeof(std::int16_t));
}

// Adds the earcon to the speech, saturating instead of wrapping round.
void AudioOutput::mix_earcon(std::int16_t* out, std::size_t count) {
    const std::size_t n = std::min(count, earcon_.size() - earcon_played_);
    for (std::size_t i = 0; i < n; ++i) {
        const int mixed = out[i] + earcon_[earcon_played_ + i];
        out[i] = static_cast<std::int16_t>(std::clamp(mixed, -32768, 32767));
    }
    earcon_played_ += n;
}

// Runs on SDL's audio thread: copies what is queued, pads with silence, reports edges,
// and wakes the synthesizer if it waits for room.
void AudioOutput::fill(std::int16_t* out, std::size_t count) {
    std::vector<SpeechEvent> events;
    bool played = false;
    {
        std::lock_guard lock(mutex_);
        std::size_t written = 0;
        while (written < count && !queue_.empty()) {
            Chunk& chunk = queue_.front();
            const auto now = std::chrono::steady_clock::now();
            if (chunk.last) {
                events.push_back({SpeechEvent::Kind::done, chunk.utterance, now});
                queue_.pop_front();
                continue;
            }
            if (chunk.first && chunk.played == 0) {
                events.push_back({SpeechEvent::Kind::audio_start, chunk.utterance, now});
            }
            const std::size_t n = std::min(count - written, chunk.samples.size() - chunk.played);
            std::memcpy(out + written, chunk.samples.data() + chunk.played, n * sizeof(std::int16_t));
            written += n;
            chunk.played += n;
            queued_ -= n;
            played = played || n > 0;
            if (chunk.played == chunk.samples.size()) queue_.pop_front();
        }
        std::fill(out + written, out + count, std::int16_t{0});
        mix_earcon(out, count);
    }
    if (played) room_.notify_one();
    for (const auto& event : events) sink_(event);
}

}  // namespace kiosk
