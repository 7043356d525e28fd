#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <string>
#include <variant>
#include <vector>

#include "core/result.h"
#include "core/speech/earcons.h"
#include "core/speech/utterance.h"

namespace kiosk {

// Something that happened to an utterance or mark of a speech sequence, reported by a
// driver. The time is when it happened, not when it was handled.
struct SpeechEvent {
    enum class Kind { audio_start, done };
    Kind kind = Kind::done;
    std::uint64_t utterance = 0;  // the id of a SpeakCommand or a MarkCommand
    std::chrono::steady_clock::time_point at;
};

// The steps of a speech sequence, as data. Ids are given by whoever builds the sequence
// (the core), so one place knows what is queued and what is heard.
struct SpeakCommand {
    std::uint64_t id = 0;
    Utterance utterance;
};
// A short sound, played over whatever is said.
struct EarconCommand {
    Earcon earcon = Earcon::focus;
};
// Silence of this length between the steps before and after it.
struct PauseCommand {
    std::chrono::milliseconds length{0};
};
// Reported as `done` once everything queued before it has been heard.
struct MarkCommand {
    std::uint64_t id = 0;
};
using SpeechCommand = std::variant<SpeakCommand, EarconCommand, PauseCommand, MarkCommand>;
using SpeechSequence = std::vector<SpeechCommand>;

// Where speech goes: a synthesizer and a sound device, or nothing (the silent driver, for
// `--speech off` and tests). Calls come from the main thread and return at once; events
// go to the sink given at construction, from any thread, and the sink must not block.
class SpeechDriver {
public:
    using EventSink = std::function<void(const SpeechEvent&)>;

    virtual ~SpeechDriver() = default;

    // Queues the sequence after whatever is queued.
    virtual void speak(SpeechSequence sequence) = 0;
    // Stops what is heard and drops what is queued; no events follow for any of it.
    virtual void cancel() = 0;
    // Holds speech where it is, or lets it go on.
    virtual void set_paused(bool paused) = 0;
    // Whether speech can be heard now: a sound device is open.
    virtual bool audio_available() const = 0;
    // Lets go of the sound device and opens the default one again, as after a device came
    // or went. What was queued is dropped. Fails when no device opens.
    virtual Status reopen_audio() = 0;
    // The sound device opened from now on, by its SDL name; empty: the default device.
    // Takes effect at the next reopen_audio(). A driver without a device ignores it.
    virtual void use_audio_device(const std::string& name) { (void)name; }

    // The watchdog's question to the speech worker (see flow/watchdog_gate.h): the worker
    // answers from its own thread when it is between steps or a synthesis moves on, and
    // answered() is the highest question it has answered. Calls come from the main thread.
    virtual void ask_alive(std::uint64_t question) = 0;
    virtual std::uint64_t answered() const = 0;
    // A test hook: the worker's next synthesis blocks for good, as a synthesizer wedged
    // inside itself would. False when there is no worker to wedge.
    virtual bool wedge_next_synthesis() { return false; }
};

}  // namespace kiosk
