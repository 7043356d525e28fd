#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kiosk {

// What the maintenance screen shows, as plain data: the host gathers it from the pack,
// the machine and the usage statistics at the moment the screen opens, and the screen
// builder only words it. Nothing here is read from a clock or a device.

// One day's use, as the usage statistics count it.
struct UsageTally {
    long sessions = 0;              // residents' sessions begun
    long topic_views = 0;           // topics opened
    long sessions_with_speech = 0;  // sessions in which speech was on
};

// The last pack update the kiosk tried since it started.
struct PackUpdateReport {
    bool shown = false;   // shown; otherwise refused and the pack in use kept
    std::string version;  // the version shown
    std::string reason;   // why it was refused
    std::string at;       // when, on the local wall clock, as the host words it: "2026-12-01 14:05"
};

// The pack channel this kiosk follows (--update-url), and its last check.
struct ChannelReport {
    std::string channel;
    std::string last_check;                // on the local wall clock, as the host words it; empty: not checked yet
    std::string last_result;               // in words, as the log has it
    std::uint64_t installed_sequence = 0;  // 0: nothing installed from the channel yet
};

struct FontFact {
    std::string family;  // "Noto Sans CJK SC"
    std::string file;    // "NotoSansCJK-Regular.ttc"
};

// One language of the pack as the kiosk voices and draws it.
struct LanguageFacts {
    std::string locale;
    std::string name;                        // in its own words: "中文", "English", "한국어"
    std::string voice;                       // the eSpeak NG voice
    std::vector<FontFact> fonts;             // in fallback order
    std::string test_sentence;               // said in `voice` when staff test speech, in that language
    std::string braille_instructions;        // the pack's, in print; empty: the pack gives none
    std::string braille_instructions_cells;  // the same in Unicode braille, a line per embossed line
};

enum class SpeechEngine {
    running,      // eSpeak NG started
    turned_off,   // started with speech off
    not_started,  // eSpeak NG failed to start: the kiosk runs silently
};

struct MaintenanceFacts {
    std::string pack_id;
    std::string pack_version;
    std::string pack_source;                      // the document the content is drawn from (pack.toml source)
    std::string review_by;                        // YYYY-MM-DD; empty when the pack names none
    std::optional<PackUpdateReport> last_update;  // none: no update tried since the kiosk started
    std::string audio_device;                     // the sound device in use; empty: none is open
    SpeechEngine speech = SpeechEngine::running;
    std::vector<LanguageFacts> languages;
    std::chrono::seconds uptime{0};
    std::optional<UsageTally> usage_today;  // none: this kiosk records no usage statistics
    std::optional<ChannelReport> channel;   // none: the kiosk follows no channel

    // Speech is heard: the engine runs and a sound device is open.
    bool speech_heard() const { return speech == SpeechEngine::running && !audio_device.empty(); }
};

}  // namespace kiosk
