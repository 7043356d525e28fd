#include "platform/audio_output.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <utility>

#include "platform/soft_limiter.h"

namespace kiosk {
namespace {

constexpr std::size_t kMarkers = 1024;  // edges of utterances, marks and earcons queued
constexpr std::size_t kNotices = 256;   // events the notifier has not handed on yet

SpeechEvent::Kind event_of(bool start) { return start ? SpeechEvent::Kind::audio_start : SpeechEvent::Kind::done; }

}  // namespace

AudioOutput::AudioOutput(int sample_rate, std::vector<std::vector<std::int16_t>> earcons, EventSink sink, LogSink log,
                         std::chrono::milliseconds release_after_idle)
    : sample_rate_(sample_rate),
      earcons_(std::move(earcons)),
      sink_(std::move(sink)),
      log_(std::move(log)),
      limit_(static_cast<std::size_t>(sample_rate) * kAheadSeconds),
      release_after_idle_(release_after_idle),
      samples_(2 * limit_),
      markers_(kMarkers),
      notices_(kNotices),
      room_(SDL_CreateSemaphore(0)),
      notice_(SDL_CreateSemaphore(0)) {
    notifier_ = std::thread([this] { notify_loop(); });
}

AudioOutput::~AudioOutput() {
    close();
    stopping_.store(true);
    SDL_SemPost(notice_);
    notifier_.join();
    SDL_DestroySemaphore(notice_);
    SDL_DestroySemaphore(room_);
}

Status AudioOutput::open() {
    std::lock_guard lock(device_mutex_);
    if (device_ != 0) return {};
    released_.store(false);
    if (!open_device()) return failure(std::string("no audio device: ") + SDL_GetError());
    open_.store(true);
    return {};
}

// With device_mutex_ held. Nothing is queued yet, or what is queued is played at once:
// the callback finds the device idle or busy on its first run.
bool AudioOutput::open_device() {
    SDL_AudioSpec want{};
    want.freq = sample_rate_;
    want.format = AUDIO_S16SYS;
    want.channels = 1;
    want.samples = kPeriodSamples;
    want.callback = &AudioOutput::fill_callback;
    want.userdata = this;
    SDL_AudioSpec have{};
    device_ = SDL_OpenAudioDevice(device_name_.empty() ? nullptr : device_name_.c_str(), 0, &want, &have, 0);
    if (device_ == 0) return false;
    idle_paused_.store(false);
    reported_idle_ = false;  // the callback has not run on this device yet
    SDL_PauseAudioDevice(device_, user_paused_ ? 1 : 0);
    return true;
}

void AudioOutput::use_device(const std::string& name) {
    std::lock_guard lock(device_mutex_);
    device_name_ = name;
}

void AudioOutput::close() {
    flush();
    SDL_AudioDeviceID device = 0;
    {
        std::lock_guard lock(device_mutex_);
        device = std::exchange(device_, 0);
        open_.store(false);
        idle_paused_.store(false);
        released_.store(false);
    }
    if (device == 0) return;
    SDL_CloseAudioDevice(device);  // waits for a callback in progress; none follows
    drop_queued();
    earcon_ = nullptr;
    wake_writer();
}

void AudioOutput::set_paused(bool paused) {
    std::lock_guard lock(device_mutex_);
    user_paused_ = paused;
    if (device_ != 0) SDL_PauseAudioDevice(device_, paused || idle_paused_.load() ? 1 : 0);
}

void AudioOutput::flush() {
    {
        std::lock_guard lock(delivery_mutex_);
        epoch_.fetch_add(1);
    }
    stale_until_.store(samples_.write_position());
    {
        // A paused device's callback does not run: drop the old epoch's queue here, so it
        // takes no room meanwhile. A playing device's callback skips it within a period.
        std::lock_guard lock(device_mutex_);
        if ((device_ != 0 && (user_paused_ || idle_paused_.load())) || released_.load()) drop_queued();
    }
    wake_writer();
}

// The reader's side, while the callback cannot run.
void AudioOutput::drop_queued() {
    markers_.skip(markers_.readable());
    samples_.skip(samples_.readable());
    segment_epoch_ = 0;
    in_utterance_ = false;
}

// --- the writer's side -------------------------------------------------------------

bool AudioOutput::wait_for_room(std::uint64_t epoch, std::size_t samples, std::size_t markers) {
    auto over = [&] { return epoch != epoch_.load() || !open_.load(); };
    auto roomy = [&] { return room() >= samples && markers_.writable() >= markers; };
    for (;;) {
        if (over()) return false;
        if (roomy()) return true;
        writer_waiting_.store(true);
        if (over() || roomy()) {  // the callback may have made room before it saw the flag
            writer_waiting_.store(false);
            continue;
        }
        if (writer_woken_) writer_woken_();  // after the flag: a wake_waiting_writer() now posts
        SDL_SemWait(room_);
    }
}

// Stale samples, of an epoch that is over, take no room: the callback skips them at once,
// and the new epoch's first samples must not wait a period for that.
std::size_t AudioOutput::room() const {
    const std::uint64_t live_from = std::max(samples_.read_position(), stale_until_.load());
    const std::size_t queued =
        static_cast<std::size_t>(samples_.write_position() - std::min(live_from, samples_.write_position()));
    return std::min(limit_ - std::min(queued, limit_), samples_.writable());
}

void AudioOutput::wake_writer() {
    if (writer_waiting_.exchange(false)) SDL_SemPost(room_);
}

// The device was paused for want of anything to play; now there is something.
// A device let go of while idle is opened again: that open is the cost of the first words
// after a long silence.
void AudioOutput::wake_device() {
    if (!idle_paused_.load()) return;
    std::lock_guard lock(device_mutex_);
    if (!idle_paused_.exchange(false)) return;
    if (released_.exchange(false)) {
        if (open_device()) return;
        open_.store(false);  // the device went meanwhile: as after close(), nothing is heard
        drop_queued();
        wake_writer();
        if (log_) log_(std::string("cannot open the audio device again: ") + SDL_GetError());
        return;
    }
    if (device_ != 0 && !user_paused_) SDL_PauseAudioDevice(device_, 0);
}

bool AudioOutput::queue_marker(Marker::Kind kind, std::uint64_t epoch, std::uint64_t id) {
    if (!wait_for_room(epoch, 0, 1)) return false;
    markers_.push({kind, epoch, samples_.write_position(), id});
    wake_device();
    return true;
}

bool AudioOutput::begin_utterance(std::uint64_t epoch, std::uint64_t id) {
    return queue_marker(Marker::Kind::utterance, epoch, id);
}

bool AudioOutput::push_samples(std::uint64_t epoch, const std::int16_t* samples, std::size_t count) {
    while (count > 0) {
        if (!wait_for_room(epoch, 1, 0)) return false;
        const std::size_t n = samples_.write(samples, std::min(count, room()));
        samples += n;
        count -= n;
        wake_device();
    }
    return true;
}

bool AudioOutput::push_silence(std::uint64_t epoch, std::size_t count) {
    static constexpr std::array<std::int16_t, 1024> kSilence{};
    if (!queue_marker(Marker::Kind::silence, epoch, 0)) return false;
    while (count > 0) {
        const std::size_t n = std::min(count, kSilence.size());
        if (!push_samples(epoch, kSilence.data(), n)) return false;
        count -= n;
    }
    return true;
}

bool AudioOutput::end_utterance(std::uint64_t epoch, std::uint64_t id) {
    if (!open_.load()) deliver({SpeechEvent::Kind::done, id, std::chrono::steady_clock::now()}, epoch);
    return queue_marker(Marker::Kind::end, epoch, id);
}

bool AudioOutput::mark(std::uint64_t epoch, std::uint64_t id) {
    if (!open_.load()) deliver({SpeechEvent::Kind::done, id, std::chrono::steady_clock::now()}, epoch);
    return queue_marker(Marker::Kind::mark, epoch, id);
}

bool AudioOutput::play_earcon(std::uint64_t epoch, std::size_t earcon) {
    if (earcon >= earcons_.size()) return open_.load();
    return queue_marker(Marker::Kind::earcon, epoch, earcon);
}

// --- the device callback -------------------------------------------------------------

void SDLCALL AudioOutput::fill_callback(void* self, Uint8* stream, int length) {
    static_cast<AudioOutput*>(self)->fill(reinterpret_cast<std::int16_t*>(stream),
                                          static_cast<std::size_t>(length) / sizeof(std::int16_t));
}

// Runs on SDL's audio thread: plays what is queued in order, pads with silence, notes
// the edges of utterances, and posts to whoever waits. No locks, no allocation.
void AudioOutput::fill(std::int16_t* out, std::size_t count) {
    const std::uint64_t live = epoch_.load();
    if (segment_epoch_ != live) in_utterance_ = false;  // what was playing was cut off
    const std::uint64_t read_before = samples_.read_position();
    bool noticed = false;
    std::size_t written = 0;
    while (written < count) {
        if (take_marker(live, written, noticed)) continue;
        bool skipped = false;
        const std::size_t n = play_samples(live, out + written, count - written, skipped);
        if (n == 0) break;
        if (!skipped) written += n;
    }
    if (written < count && in_utterance_) {
        underruns_.fetch_add(1);
        noticed = true;
    }
    std::fill(out + written, out + count, std::int16_t{0});
    mix_earcon(out + earcon_from_, count - earcon_from_);
    earcon_from_ = 0;
    if (samples_.read_position() != read_before || noticed) wake_writer();
    if (noticed) SDL_SemPost(notice_);
    note_idle(samples_.readable() == 0 && markers_.readable() == 0 && earcon_ == nullptr && !in_utterance_);
}

// Takes the marker at the read position, if one is due; false when none can be taken.
bool AudioOutput::take_marker(std::uint64_t live, std::size_t written, bool& noticed) {
    if (markers_.readable() == 0) return false;
    const Marker& marker = markers_.peek();
    if (marker.position > samples_.read_position()) return false;
    using Kind = Marker::Kind;
    const bool starts = marker.kind == Kind::utterance || marker.kind == Kind::silence;
    if (marker.epoch != live) {  // cut off: neither it nor its samples are heard
        if (starts) segment_epoch_ = marker.epoch;
        markers_.skip(1);
        return true;
    }
    // An utterance has started once its first sample is handed over, not before.
    if (marker.kind == Kind::utterance && samples_.write_position() == marker.position && markers_.readable() == 1) {
        return false;
    }
    const bool reports = marker.kind == Kind::utterance || marker.kind == Kind::end || marker.kind == Kind::mark;
    if (reports && notices_.writable() == 0) return false;  // the notifier is behind: wait, lose nothing
    if (starts) segment_epoch_ = live;
    if (marker.kind == Kind::utterance) in_utterance_ = true;
    if (marker.kind == Kind::end) in_utterance_ = false;
    if (marker.kind == Kind::earcon) {
        earcon_ = &earcons_[marker.id];  // a new earcon replaces one still playing
        earcon_played_ = 0;
        earcon_from_ = written;  // it starts here, not at the start of the period
    }
    if (reports) {
        notices_.push({{event_of(marker.kind == Kind::utterance), marker.id, std::chrono::steady_clock::now()}, live});
        noticed = true;
    }
    markers_.skip(1);
    return true;
}

// Plays samples up to the next marker, or skips them unheard when they are of an
// earlier epoch. Returns how many it played or skipped.
std::size_t AudioOutput::play_samples(std::uint64_t live, std::int16_t* out, std::size_t count, bool& skipped) {
    std::size_t available = samples_.readable();
    if (markers_.readable() > 0) {
        available = std::min<std::size_t>(available, markers_.peek().position - samples_.read_position());
    }
    skipped = segment_epoch_ != live;
    return skipped ? samples_.skip(available) : samples_.read(out, std::min(available, count));
}

// Adds the earcon to the speech, bending loud sums below full scale rather than clipping
// them: speech at the loudest volume already peaks close to it.
void AudioOutput::mix_earcon(std::int16_t* out, std::size_t count) {
    if (earcon_ == nullptr) return;
    const std::size_t n = std::min(count, earcon_->size() - earcon_played_);
    for (std::size_t i = 0; i < n; ++i) {
        const int mixed = out[i] + (*earcon_)[earcon_played_ + i];
        out[i] = SoftLimiter::limited(static_cast<float>(mixed));
    }
    earcon_played_ += n;
    if (earcon_played_ == earcon_->size()) earcon_ = nullptr;
}

// Tells the notifier, once, that nothing is left to play, so it can pause the device.
void AudioOutput::note_idle(bool idle) {
    callback_idle_.store(idle);
    if (idle == reported_idle_) return;
    reported_idle_ = idle;
    if (!idle) return;
    idle_noted_.store(true);
    SDL_SemPost(notice_);
}

// --- the notifier thread ------------------------------------------------------------

// Nothing thrown here leaves the thread: a sink or log that throws loses its one message.
void AudioOutput::notify_loop() {
    while (!stopping_.load()) {
        // A device paused for want of anything to play still wakes SDL's audio thread every
        // period; after a while of silence it is let go of, so an idle kiosk sleeps.
        if (idle_paused_.load() && !released_.load()) {
            const auto ms = static_cast<Uint32>(release_after_idle_.count());
            if (SDL_SemWaitTimeout(notice_, ms) == SDL_MUTEX_TIMEDOUT) release_if_idle();
        } else {
            SDL_SemWait(notice_);
        }
        try {
            Notice notice;
            while (notices_.read(&notice, 1) == 1) deliver(notice.event, notice.epoch);
            if (idle_noted_.exchange(false)) pause_if_idle();
            const std::uint64_t underruns = underruns_.load();
            // Told at 1, 2, 4, 8, ... underruns: a starved machine tells the journal that it
            // is starved, and how badly, in a few dozen lines rather than one per period.
            if (std::bit_floor(underruns) <= underruns_told_) continue;
            underruns_told_ = std::bit_floor(underruns);
            if (log_) log_("audio underrun: " + std::to_string(underruns) + " so far");
        } catch (...) {  // NOLINT(bugprone-empty-catch): nowhere left to tell
        }
    }
}

void AudioOutput::deliver(const SpeechEvent& event, std::uint64_t epoch) {
    std::lock_guard lock(delivery_mutex_);
    if (epoch == epoch_.load()) sink_(event);
}

bool AudioOutput::drained() const {
    return samples_.readable() == 0 && markers_.readable() == 0 && callback_idle_.load();
}

// Pauses the device while nothing is queued. Pausing waits for a callback in progress;
// after it the callback's state holds still, and what the writer queued meanwhile is
// seen here, or the writer sees the flag and resumes the device.
void AudioOutput::release_if_idle() {
    std::lock_guard lock(device_mutex_);
    if (device_ == 0 || user_paused_ || !idle_paused_.load() || !drained()) return;
    SDL_CloseAudioDevice(std::exchange(device_, 0));  // paused: no callback is in progress
    released_.store(true);
}

void AudioOutput::pause_if_idle() {
    std::lock_guard lock(device_mutex_);
    if (device_ == 0 || user_paused_ || !drained()) return;
    idle_paused_.store(true);
    SDL_PauseAudioDevice(device_, 1);
    if (drained()) return;
    idle_paused_.store(false);
    SDL_PauseAudioDevice(device_, 0);
}

}  // namespace kiosk
