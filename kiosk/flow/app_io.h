#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/speech/earcons.h"
#include "core/speech/speech_driver.h"
#include "core/speech/utterance.h"
#include "core/ui/input.h"
#include "flow/usage_event.h"

namespace kiosk {

// The time as the host gives it to KioskApp::step: a monotonic moment, and the local hour
// of the wall clock for quiet hours. Nothing in the core reads a clock.
struct Moment {
    using Clock = std::chrono::steady_clock;
    Clock::time_point now;
    int local_hour = 12;
};

// One input from a resident. `name` is what the speech log records (a key's name,
// "press"); empty for what is not logged (a finger sliding).
struct NamedInput {
    Input input;
    std::string name;
};

// Everything that happened since the last step.
struct AppInputs {
    std::vector<NamedInput> inputs;
    std::vector<SpeechEvent> speech_events;
    bool pack_arrived = false;                // the host now holds a checked pack, to show once nobody uses the kiosk
    bool speech_dropped = false;              // the driver dropped what it had (its sound device was reopened)
    bool pack_refused = false;                // a new pack failed its checks; the one shown stays
    std::optional<bool> staff_call_answered;  // the staff alert came back: delivered, or not
    std::optional<bool> headset;              // the headset jack reports a headset, or none
    bool staff_acknowledged = false;          // staff pressed their key: they have the call for staff in hand
};

// One line of the speech log, as data; the host writes it.
struct LogEntry {
    enum class Kind { key, speak, audio_start, cancel, done, note, earcon };
    Kind kind = Kind::note;
    Moment::Clock::time_point at;
    std::string text;  // the key's name, or the note
    std::uint64_t id = 0;
    Utterance utterance;
    Earcon earcon = Earcon::focus;
};

// A call for staff for the host to raise (webhook, metrics): the screen the resident was on
// and the language. No personal data: nothing the resident read or entered.
struct StaffCallRequest {
    std::string screen;
    std::string language;
};

// What the host tells the speech driver, in this order.
struct CancelSpeech {};
struct PauseSpeech {
    bool paused = false;
};
using SpeechCall = std::variant<CancelSpeech, PauseSpeech, SpeechSequence>;

// A line for the braille display: text as shown on screen, in the kiosk's language.
struct BrailleText {
    std::string text;
    std::string locale;
};

// Where speech is heard: the kiosk's speakers or a resident's headset.
enum class AudioRoute { speakers, headset };

struct AppOutputs {
    std::vector<SpeechCall> speech;
    std::vector<LogEntry> log;
    std::vector<UsageEvent> usage;  // anonymous usage, for the host to store
    bool redraw = false;
    bool pack_shown = false;                     // the waiting pack is now shown
    bool quit = false;                           // staff exited the kiosk from the maintenance screen
    std::optional<StaffCallRequest> staff_call;  // a resident asked for staff: raise the alert
    // Speech moves to the speakers or the headset: the host moves it before it hands over
    // this step's speech, which then begins with a cancel.
    std::optional<AudioRoute> audio_route;
    // What the braille display shows from now: the item spoken, or with speech off, the
    // item that would have been; in say-all, the utterance being heard.
    std::optional<BrailleText> braille;
    // When the host must call step() again even if nothing happens; none: only on input.
    std::optional<Moment::Clock::time_point> deadline;
};

}  // namespace kiosk
