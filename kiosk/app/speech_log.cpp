#include "app/speech_log.h"

#include <nlohmann/json.hpp>

namespace kiosk {

SpeechLog::SpeechLog(const std::string& path, Clock::time_point start) : start_(start) {
    if (!path.empty()) out_.open(path, std::ios::out | std::ios::trunc);
}

// Milliseconds with microsecond precision, so latencies of a few milliseconds can be
// measured from the log.
double SpeechLog::ms_since_start(Clock::time_point at) const {
    const auto us = std::chrono::duration_cast<std::chrono::microseconds>(at - start_).count();
    return static_cast<double>(us) / 1000.0;
}

void SpeechLog::key(const std::string& name, Clock::time_point at) {
    if (!out_) return;
    out_ << nlohmann::json{{"t_ms", ms_since_start(at)}, {"event", "key"}, {"key", name}}.dump() << '\n'
         << std::flush;
}

void SpeechLog::note(const std::string& message, Clock::time_point at) {
    if (!out_) return;
    out_ << nlohmann::json{{"t_ms", ms_since_start(at)}, {"event", "note"}, {"message", message}}.dump()
         << '\n'
         << std::flush;
}

void SpeechLog::earcon(Earcon earcon, Clock::time_point at) {
    if (!out_) return;
    std::string name;
    for (const auto& [value, text] : kEarconNames) {
        if (value == earcon) name = text;
    }
    out_ << nlohmann::json{{"t_ms", ms_since_start(at)}, {"event", "earcon"}, {"name", name}}.dump() << '\n' << std::flush;
}

void SpeechLog::write_speech(const char* event, std::uint64_t id, const Utterance& utterance,
                             Clock::time_point at) {
    if (!out_) return;
    const nlohmann::json line{{"t_ms", ms_since_start(at)}, {"event", event},         {"id", id},
                              {"voice", utterance.voice},  {"display", utterance.display},
                              {"text", utterance.text},    {"ssml", utterance.ssml}};
    out_ << line.dump() << '\n' << std::flush;
}

void SpeechLog::speak(std::uint64_t id, const Utterance& u, Clock::time_point at) { write_speech("speak", id, u, at); }
void SpeechLog::audio_start(std::uint64_t id, const Utterance& u, Clock::time_point at) {
    write_speech("audio-start", id, u, at);
}
void SpeechLog::cancel(std::uint64_t id, const Utterance& u, Clock::time_point at) { write_speech("cancel", id, u, at); }
void SpeechLog::done(std::uint64_t id, const Utterance& u, Clock::time_point at) { write_speech("done", id, u, at); }

}  // namespace kiosk
