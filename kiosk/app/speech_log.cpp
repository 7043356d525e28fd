#include "app/speech_log.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <nlohmann/json.hpp>

namespace kiosk {

SpeechLog::SpeechLog(const std::string& path, Clock::time_point start) : path_(path), start_(start) {
    if (!path.empty()) out_.open(path, std::ios::out | std::ios::trunc);
}

// A line that cannot be written (a full disk, /dev/full) is told on stderr, once: the
// kiosk goes on, and tries each later line again in case space comes back.
void SpeechLog::write_line(const nlohmann::json& line) {
    if (!out_.is_open()) return;
    errno = 0;
    out_ << line.dump() << '\n' << std::flush;
    if (out_) return;
    if (!failure_reported_) {
        const std::string reason = errno != 0 ? std::strerror(errno) : "write failed";
        std::fprintf(stderr, "kiosk: cannot write the speech log %s: %s; lines are being lost\n", path_.c_str(),
                     reason.c_str());
        failure_reported_ = true;
    }
    out_.clear();
}

// Milliseconds with microsecond precision, so latencies of a few milliseconds can be
// measured from the log.
double SpeechLog::ms_since_start(Clock::time_point at) const {
    const auto us = std::chrono::duration_cast<std::chrono::microseconds>(at - start_).count();
    return static_cast<double>(us) / 1000.0;
}

void SpeechLog::write(const LogEntry& entry) {
    using Kind = LogEntry::Kind;
    if (entry.kind == Kind::key) return key(entry.text, entry.at);
    if (entry.kind == Kind::note) return note(entry.text, entry.at);
    if (!speech_heard_) return;
    switch (entry.kind) {
        case Kind::speak:
            return speak(entry.id, entry.utterance, entry.at);
        case Kind::audio_start:
            return audio_start(entry.id, entry.utterance, entry.at);
        case Kind::cancel:
            return cancel(entry.id, entry.utterance, entry.at);
        case Kind::done:
            return done(entry.id, entry.utterance, entry.at);
        case Kind::earcon:
            return earcon(entry.earcon, entry.at);
        default:
            return;
    }
}

void SpeechLog::key(const std::string& name, Clock::time_point at) {
    write_line({{"t_ms", ms_since_start(at)}, {"event", "key"}, {"key", name}});
}

void SpeechLog::frame(Clock::time_point at) { write_line({{"t_ms", ms_since_start(at)}, {"event", "frame"}}); }

void SpeechLog::note(const std::string& message, Clock::time_point at) {
    write_line({{"t_ms", ms_since_start(at)}, {"event", "note"}, {"message", message}});
}

void SpeechLog::earcon(Earcon earcon, Clock::time_point at) {
    std::string name;
    for (const auto& [value, text] : kEarconNames) {
        if (value == earcon) name = text;
    }
    write_line({{"t_ms", ms_since_start(at)}, {"event", "earcon"}, {"name", name}});
}

void SpeechLog::write_speech(const char* event, std::uint64_t id, const Utterance& utterance, Clock::time_point at) {
    const nlohmann::json line{{"t_ms", ms_since_start(at)},
                              {"event", event},
                              {"id", id},
                              {"voice", utterance.voice},
                              {"display", utterance.display},
                              {"text", utterance.text},
                              {"ssml", utterance.ssml}};
    write_line(line);
}

void SpeechLog::speak(std::uint64_t id, const Utterance& u, Clock::time_point at) { write_speech("speak", id, u, at); }
void SpeechLog::audio_start(std::uint64_t id, const Utterance& u, Clock::time_point at) {
    write_speech("audio-start", id, u, at);
}
void SpeechLog::cancel(std::uint64_t id, const Utterance& u, Clock::time_point at) {
    write_speech("cancel", id, u, at);
}
void SpeechLog::done(std::uint64_t id, const Utterance& u, Clock::time_point at) { write_speech("done", id, u, at); }

}  // namespace kiosk
