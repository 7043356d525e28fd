#pragma once

#include <optional>
#include <string>

#include "app/review_scope.h"
#include "core/ui/geometry.h"

namespace kiosk {

class DataDirectory;

struct Options {
    std::string pack;
    std::string locale = "zh-Hans";
    std::optional<Size> windowed;
    std::string theme = "standard";
    int text_size = 100;
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
    std::string script;
    std::string fonts_manifest;
    std::string strings_dir;
    std::string earcons;         // the earcons' description (audio/earcons.toml)
    std::string lexicon_dir;     // the base pronunciation lexicons
    std::string render_all_dir;  // --render-all: draw every screen into this folder, then exit
    bool audit = false;          // --audit: check every screen's accessibility, then exit
    ReviewScope review;
};

struct ParsedOptions {
    std::optional<Options> options;  // empty when the program should exit
    int exit_code = 0;
    std::string message;  // usage or an error, for the terminal
};

ParsedOptions parse_options(int argc, char** argv);
// The data the kiosk ships with, from `data`, as the defaults of the options that name it.
void use_shipped_data(Options& options, const DataDirectory& data);
std::string usage_text();

}  // namespace kiosk
