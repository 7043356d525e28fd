#include "platform/speech_engine.h"

#include <espeak-ng/speak_lib.h>

#include "core/speech/speech_markup.h"

namespace kiosk {
namespace {

struct SynthContext {
    SpeechEngine* engine;
    std::uint64_t utterance;
    AudioOutput* audio;
    const std::atomic<std::uint64_t>* cancelled_up_to;
};

// eSpeak calls this with each buffer of samples; returning 1 aborts the utterance.
int on_samples(short* samples, int count, espeak_EVENT* events) {
    auto* context = static_cast<SynthContext*>(events->user_data);
    if (context == nullptr) return 0;
    if (context->utterance <= context->cancelled_up_to->load()) return 1;
    if (samples != nullptr && count > 0 && context->audio != nullptr) {
        context->audio->push_samples(context->utterance, samples, static_cast<std::size_t>(count));
    }
    return 0;
}

}  // namespace

SpeechEngine::SpeechEngine(AudioOutput::EventSink sink, LogSink log) : sink_(std::move(sink)), log_(std::move(log)) {}

SpeechEngine::~SpeechEngine() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
        jobs_.clear();
    }
    cancelled_up_to_.store(next_id_);
    if (audio_) audio_->flush(next_id_);  // a synthesis waiting for room in the queue gives up
    wake_.notify_all();
    if (worker_.joinable()) worker_.join();
    audio_.reset();
}

bool SpeechEngine::start(std::string& error) {
    worker_ = std::thread([this] { run(); });
    std::unique_lock lock(startup_mutex_);
    started_.wait(lock, [&] { return startup_state_ != 0; });
    if (startup_state_ < 0) {
        error = "eSpeak NG could not start (is espeak-ng-data installed?)";
        return false;
    }
    // The device callback reports played audio; it may end an utterance the worker started.
    audio_ = std::make_unique<AudioOutput>(sample_rate_, [this](const SpeechEvent& event) {
        if (event.kind == SpeechEvent::Kind::done) mark_done(event.utterance);
        sink_(event);
    });
    for (const auto& [earcon, sound] : earcon_sounds_) earcons_[earcon] = synthesize_earcon(sound, sample_rate_);
    if (!audio_->open(error)) log_(error + "; continuing without sound");
    error.clear();
    return true;
}

bool SpeechEngine::reopen_audio(std::string& error) {
    cancel();
    audio_->close();
    return audio_->open(error);
}

void SpeechEngine::play_earcon(Earcon earcon) {
    if (auto it = earcons_.find(earcon); it != earcons_.end() && audio_) audio_->play_earcon(it->second);
}

void SpeechEngine::toggle_pause() {
    paused_ = !paused_;
    audio_->set_paused(paused_);
}

std::uint64_t SpeechEngine::speak(const Utterance& utterance, Interrupt interrupt) {
    if (interrupt == Interrupt::yes) cancel();
    if (paused_) toggle_pause();
    std::uint64_t id = 0;
    {
        std::lock_guard lock(mutex_);
        id = next_id_++;
        jobs_.push_back({id, utterance});
    }
    wake_.notify_one();
    return id;
}

std::uint64_t SpeechEngine::cancel() {
    std::uint64_t newest = 0;
    {
        std::lock_guard lock(mutex_);
        jobs_.clear();
        newest = next_id_ - 1;
    }
    cancelled_up_to_.store(newest);
    if (audio_) audio_->flush(newest);  // absent only before start()
    return speaking_.exchange(0);
}

void SpeechEngine::mark_done(std::uint64_t utterance) {
    std::uint64_t expected = utterance;
    speaking_.compare_exchange_strong(expected, 0);
}

// eSpeak NG is not thread-safe: it is initialised and used on this thread only.
void SpeechEngine::run() {
    const int rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 100, nullptr, 0);
    {
        std::lock_guard lock(startup_mutex_);
        startup_state_ = rate > 0 ? 1 : -1;
        sample_rate_ = rate;
    }
    started_.notify_all();
    if (rate <= 0) return;
    espeak_SetSynthCallback(&on_samples);

    for (;;) {
        Job job;
        {
            std::unique_lock lock(mutex_);
            wake_.wait(lock, [&] { return stopping_ || !jobs_.empty(); });
            if (stopping_) break;
            job = std::move(jobs_.front());
            jobs_.pop_front();
        }
        synthesize(job);
    }
    espeak_Terminate();
}

void SpeechEngine::synthesize(const Job& job) {
    if (job.id <= cancelled_up_to_.load()) return;
    speaking_.store(job.id);
    if (!select_voice(job.utterance.voice)) {
        log_("voice " + job.utterance.voice + " not found; speaking with the default voice");
    }
    espeak_SetParameter(espeakRATE, job.utterance.rate_wpm, 0);
    espeak_SetParameter(espeakVOLUME, job.utterance.volume, 0);
    espeak_SetParameter(espeakPITCH, job.utterance.pitch, 0);
    SynthContext context{this, job.id, audio_.get(), &cancelled_up_to_};
    // SSML (core/speech/speech_markup.h): lexicon readings, voice changes, escaped &, < and >.
    const std::string text = job.utterance.ssml.empty() ? xml_escaped(job.utterance.text) : job.utterance.ssml;
    espeak_Synth(text.c_str(), text.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8 | espeakSSML, nullptr, &context);
    if (job.id <= cancelled_up_to_.load()) return;
    audio_->end_utterance(job.id);
}

bool SpeechEngine::select_voice(const std::string& voice) {
    if (voice == current_voice_) return true;
    current_voice_ = voice;
    if (espeak_SetVoiceByName(voice.c_str()) == EE_OK) return true;
    espeak_SetVoiceByName("en");
    return false;
}

}  // namespace kiosk
