#include "platform/espeak_speech_driver.h"

#include <espeak-ng/speak_lib.h>

#include <algorithm>
#include <exception>

#include "core/speech/speech_markup.h"
#include "platform/soft_limiter.h"

namespace kiosk {
namespace {

// Queued commands at most; the core hands over a few utterances at a time.
constexpr std::size_t kMaxQueued = 1024;
// eSpeak hands over samples this often: sooner first samples, and a quicker stop.
constexpr int kSynthBufferMs = 20;
// eSpeak's default volume. At it the kiosk's voices peak below full scale (−2.4 to
// −0.6 dBFS); past it eSpeak's own automatic gain control cuts in, scaling each sample
// that would overflow down to full scale: an abrupt change of gain at every loud peak.
// Louder is made here instead, by a gain and a soft limiter (platform/soft_limiter.h).
constexpr int kEspeakCleanVolume = 100;

struct SynthContext {
    AudioOutput* audio;
    std::uint64_t epoch;
    WorkerPulse* pulse;
    float gain = 1.0F;     // applied after eSpeak, through the soft limiter
    bool stopped = false;  // the callback ended the synthesis early
};

// eSpeak calls this with each buffer of samples; returning 1 aborts the utterance, as
// when it was cancelled or the device went away. Each buffer shows the synthesis moves on.
int on_samples(short* samples, int count, espeak_EVENT* events) {
    auto* context = static_cast<SynthContext*>(events->user_data);
    if (context == nullptr) return 0;
    if (context->pulse->hold_if_wedged()) {
        context->stopped = true;
        return 1;
    }
    context->pulse->answer();
    if (samples == nullptr || count <= 0) return 0;
    // The buffer is eSpeak's to hand over, not to read again: it is amplified in place.
    if (context->gain != 1.0F) SoftLimiter::amplify(samples, samples, static_cast<std::size_t>(count), context->gain);
    if (context->audio->push_samples(context->epoch, samples, static_cast<std::size_t>(count))) return 0;
    context->stopped = true;
    return 1;
}

}  // namespace

EspeakSpeechDriver::EspeakSpeechDriver(EventSink sink, LogSink log, EarconSet earcons)
    : sink_(std::move(sink)), log_(std::move(log)), earcon_sounds_(std::move(earcons)) {}

EspeakSpeechDriver::~EspeakSpeechDriver() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
        jobs_.clear();
    }
    if (audio_) audio_->flush();  // a synthesis waiting for room gives up
    pulse_.release();             // and one wedged on purpose
    wake_.notify_all();
    if (worker_.joinable()) worker_.join();
    audio_.reset();
}

Status EspeakSpeechDriver::start() {
    worker_ = std::thread([this] { run(); });
    {
        std::unique_lock lock(mutex_);
        wake_.wait(lock, [&] { return startup_state_ != 0; });
        if (startup_state_ < 0) {
            return failure("eSpeak NG could not start (is espeak-ng-data installed?)");
        }
    }
    // The sounds and the queue at the synthesizer's sample rate, before any job arrives.
    std::vector<std::vector<std::int16_t>> earcons(kEarconNames.size());
    for (const auto& [earcon, sound] : earcon_sounds_) {
        earcons[static_cast<std::size_t>(earcon)] = synthesize_earcon(sound, sample_rate_);
    }
    audio_ = std::make_unique<AudioOutput>(
        sample_rate_, std::move(earcons), [this](const SpeechEvent& event) { report(event); }, log_);
    audio_->on_writer_woken([this] { pulse_.answer(); });
    if (Status opened = audio_->open(); !opened) log_(opened.error().to_string() + "; continuing without sound");
    return {};
}

void EspeakSpeechDriver::speak(SpeechSequence sequence) {
    if (!audio_) return;
    const std::uint64_t epoch = audio_->epoch();
    {
        std::lock_guard lock(mutex_);
        if (jobs_.size() + sequence.size() > kMaxQueued) {
            log_("speech queue full; a sequence of " + std::to_string(sequence.size()) + " steps is dropped");
            return;
        }
        for (auto& command : sequence) jobs_.push_back({epoch, std::move(command)});
    }
    wake_.notify_one();
}

void EspeakSpeechDriver::cancel() {
    {
        std::lock_guard lock(mutex_);
        jobs_.clear();
    }
    if (audio_) audio_->flush();
}

void EspeakSpeechDriver::set_paused(bool paused) {
    if (audio_) audio_->set_paused(paused);
}

Status EspeakSpeechDriver::reopen_audio() {
    if (!audio_) return failure("eSpeak NG has not started");
    cancel();
    audio_->close();
    return audio_->open();
}

// Answered by the synthesis thread: woken from its wait for work, or from a wait for room
// in the audio queue (a pause holds it there), or on the next buffer of a synthesis.
void EspeakSpeechDriver::ask_alive(std::uint64_t question) {
    {
        std::lock_guard lock(mutex_);
        pulse_.ask(question);
    }
    wake_.notify_one();
    if (audio_) audio_->wake_waiting_writer();
}

bool EspeakSpeechDriver::wedge_next_synthesis() {
    pulse_.wedge_next();
    return true;
}

void EspeakSpeechDriver::report(const SpeechEvent& event) {
    try {
        sink_(event);
    } catch (const std::exception& e) {
        log_(std::string("a speech event was lost: ") + e.what());
    }
}

// eSpeak NG is not thread-safe: it is initialised and used on this thread only (and not
// terminated: see the class comment). Nothing thrown here leaves the thread: a failed
// step is logged, and an utterance that fails is reported done.
void EspeakSpeechDriver::run() {
    if (!initialize()) return;
    for (;;) {
        Job job;
        {
            std::unique_lock lock(mutex_);
            wake_.wait(lock, [&] { return stopping_ || !jobs_.empty() || pulse_.unanswered(); });
            if (stopping_) break;
            pulse_.answer();
            if (jobs_.empty()) continue;
            job = std::move(jobs_.front());
            jobs_.pop_front();
        }
        try {
            perform(job);
        } catch (const std::exception& e) {
            fail(job, e.what());
        } catch (...) {
            fail(job, "unknown error");
        }
    }
}

void EspeakSpeechDriver::fail(const Job& job, const char* why) noexcept {
    try {
        log_(std::string("speech failed: ") + why);
        if (const auto* speak = std::get_if<SpeakCommand>(&job.command)) audio_->end_utterance(job.epoch, speak->id);
    } catch (...) {  // NOLINT(bugprone-empty-catch): nowhere left to tell
    }
}

// Starts eSpeak and tells start() how it went.
bool EspeakSpeechDriver::initialize() {
    const int rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, kSynthBufferMs, nullptr, 0);
    if (rate > 0) espeak_SetSynthCallback(&on_samples);
    {
        std::lock_guard lock(mutex_);
        sample_rate_ = rate;
        startup_state_ = rate > 0 ? 1 : -1;
    }
    wake_.notify_all();
    return rate > 0;
}

void EspeakSpeechDriver::perform(const Job& job) {
    if (job.epoch != audio_->epoch()) return;  // cancelled while queued
    if (const auto* speak = std::get_if<SpeakCommand>(&job.command)) {
        say(job.epoch, *speak);
    } else if (const auto* earcon = std::get_if<EarconCommand>(&job.command)) {
        audio_->play_earcon(job.epoch, static_cast<std::size_t>(earcon->earcon));
    } else if (const auto* pause = std::get_if<PauseCommand>(&job.command)) {
        audio_->push_silence(
            job.epoch, static_cast<std::size_t>(pause->length.count()) * static_cast<std::size_t>(sample_rate_) / 1000);
    } else if (const auto* mark = std::get_if<MarkCommand>(&job.command)) {
        audio_->mark(job.epoch, mark->id);
    }
}

void EspeakSpeechDriver::say(std::uint64_t epoch, const SpeakCommand& speak) {
    // Without a device nothing is heard: the utterance is done at once.
    if (audio_->begin_utterance(epoch, speak.id)) {
        const Utterance& utterance = speak.utterance;
        if (!voices_.select(utterance.voice)) {
            log_("voice " + utterance.voice + " not found; speaking with the default voice");
        }
        espeak_SetParameter(espeakRATE, utterance.rate_wpm, 0);
        espeak_SetParameter(espeakVOLUME, std::min(utterance.volume, kEspeakCleanVolume), 0);
        espeak_SetParameter(espeakPITCH, utterance.pitch, 0);
        const float gain = std::max(1.0F, static_cast<float>(utterance.volume) / kEspeakCleanVolume);
        SynthContext context{audio_.get(), epoch, &pulse_, gain};
        // SSML (core/speech/speech_markup.h): lexicon readings, voice changes, escaped &, < and >.
        const std::string text = utterance.ssml.empty() ? xml_escaped(utterance.text) : utterance.ssml;
        espeak_Synth(text.c_str(), text.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8 | espeakSSML, nullptr,
                     &context);
        if (context.stopped) voices_.synthesis_stopped();
    }
    audio_->end_utterance(epoch, speak.id);
}

}  // namespace kiosk
