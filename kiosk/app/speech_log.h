#pragma once

#include <chrono>
#include <cstdint>
#include <fstream>
#include <nlohmann/json_fwd.hpp>
#include <string>

#include "core/speech/earcons.h"
#include "core/speech/utterance.h"
#include "flow/app_io.h"

namespace kiosk {

// The speech log: one JSON object per line, so anyone can check from outside what the
// kiosk said and how fast. Events: key, speak, audio-start, cancel, done, note, frame, earcon.
// Written on the main thread only.
class SpeechLog {
public:
    using Clock = std::chrono::steady_clock;

    SpeechLog(const std::string& path, Clock::time_point start);
    bool is_open() const { return out_.is_open(); }
    // With speech off nothing is said: no speech lines (speak, earcon, audio-start, cancel,
    // done), only keys, notes and frames.
    void set_speech_heard(bool heard) { speech_heard_ = heard; }

    // A line the KioskApp asked for.
    void write(const LogEntry& entry);

    void key(const std::string& name, Clock::time_point at);
    void note(const std::string& message, Clock::time_point at);
    // A frame was presented: with the key events, how long input waited for the screen.
    void frame(Clock::time_point at);

private:
    // Speech lines come only through write(), which leaves them out when nothing is heard.
    void speak(std::uint64_t id, const Utterance& utterance, Clock::time_point at);
    void audio_start(std::uint64_t id, const Utterance& utterance, Clock::time_point at);
    void cancel(std::uint64_t id, const Utterance& utterance, Clock::time_point at);
    void done(std::uint64_t id, const Utterance& utterance, Clock::time_point at);
    void earcon(Earcon earcon, Clock::time_point at);
    void write_speech(const char* event, std::uint64_t id, const Utterance& utterance, Clock::time_point at);
    double ms_since_start(Clock::time_point at) const;
    void write_line(const nlohmann::json& line);

    std::string path_;
    std::ofstream out_;
    bool failure_reported_ = false;
    bool speech_heard_ = true;
    Clock::time_point start_;
};

}  // namespace kiosk
