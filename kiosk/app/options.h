#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/review_scope.h"
#include "core/ui/geometry.h"
#include "core/ui/key_timing.h"

namespace kiosk {

class DataDirectory;

struct Options {
    std::string pack;
    std::string locale = "zh-Hans";
    std::optional<Size> windowed;
    std::string theme = "standard";
    int text_size = 100;
    KeyTiming key_timing;            // where each resident starts: --key-repeat, --double-press-filter, --slow-keys
    int idle_timeout_seconds = 120;  // untouched this long: the idle warning; 0 never
    int idle_warning_seconds = 20;   // the warning's countdown before everything is reset
    int attract_after_seconds = 60;  // a fresh home screen left alone gives way to the attract screen
    int invite_every_seconds = 180;  // the spoken invitation while nobody uses the kiosk; 0 never
    int quiet_from_hour = 20;        // no spoken invitations from this hour ...
    int quiet_to_hour = 8;           // ... to this one (local time)
    bool speech = true;
    std::string speech_log;
    std::string trust_key;
    std::string state_dir;                       // what the kiosk remembers of the packs it showed
    std::optional<std::string> allowed_version;  // --allow-version: the staff override of the version rule
    std::string staff_code_hash;                 // the hash itself or a file holding it; empty: no staff exit
    int update_idle_seconds = 30;
    std::string stats_db;               // --stats-db: the usage database; empty: in the state directory; "off": none
    int stats_retention_days = 365;     // usage events older than this are deleted
    std::string metrics_file;           // --metrics-file: Prometheus text for node_exporter; empty: none
    std::string update_url;             // --update-url: where kiosk-pack publish's channels are served; empty: none
    std::string channel = "stable";     // the channel followed there
    std::string kiosk_id;               // this kiosk's name in a staged rollout; empty: derived from the machine
    int poll_seconds = 300;             // how often the channel is checked, give or take its jitter
    std::string staff_alert_url;        // --staff-alert-url: the webhook a call for staff is POSTed to; empty: none
    int staff_call_limit_seconds = 60;  // a second call for staff within this is not sent again
    std::string staff_call_key = "Keypad 0";  // the key held to call staff (an SDL key name)
    int staff_call_hold_seconds = 2;          // held this long; 0: no key, only the button
    std::string staff_ack_key;                // the key staff press to say they have the call; empty: none
    std::string headset_audio_device;         // the SDL device speech moves to with a headset in; empty: none
    bool privacy_needs_headset = false;       // privacy mode only with a headset in the jack
    bool braille = false;                     // --braille: show speech on a braille display through BRLTTY
    std::string braille_host;                 // BRLTTY's BrlAPI address; empty: $BRLAPI_HOST, else ":0"
    std::string script;
    std::string fonts_manifest;
    std::string strings_dir;
    std::string earcons;         // the earcons' description (audio/earcons.toml)
    std::string lexicon_dir;     // the base pronunciation lexicons
    std::string render_all_dir;  // --render-all: draw every screen into this folder, then exit
    bool audit = false;          // --audit: check every screen's accessibility, then exit
    bool check_config = false;   // --check-config: check the configuration and what it names, then exit
    std::string config_file;     // the configuration file read; empty when there was none
    ReviewScope review;
};

// An option set by the configuration file or the command line, for --check-config.
struct GivenSetting {
    std::string key;
    std::string value;
    std::string from;  // "kiosk.toml:7" or "command line"
    std::string file;  // the configuration file that set it, at `line`; empty: the command line
    int line = 0;
};

struct ParsedOptions {
    std::optional<Options> options;  // empty when the program should exit
    int exit_code = 0;
    std::string message;  // usage or an error, for the terminal
    std::vector<GivenSetting> given;
};

// The command line, over the configuration file: the one --config names, else the one at
// `default_config` when it exists.
ParsedOptions parse_options(int argc, char** argv, const std::string& default_config);
ParsedOptions parse_options(int argc, char** argv);  // default_config_path()

// The option names that the configuration file takes as keys, and all of them.
std::vector<std::string> configurable_options();
std::vector<std::string> all_options();
// The data the kiosk ships with, from `data`, as the defaults of the options that name it.
void use_shipped_data(Options& options, const DataDirectory& data);
std::string usage_text();

}  // namespace kiosk
