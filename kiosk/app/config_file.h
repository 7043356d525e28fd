#pragma once

// The kiosk's configuration file (/etc/access-kiosk/kiosk.toml): the command line's own
// options, one `key = value` line each, read with toml++ so every problem names its line.

#include <string>
#include <vector>

#include "core/result.h"

namespace CLI {
class App;
}

namespace kiosk {

// The group of the options that only the command line takes: runs other than the kiosk
// (a review, a script) and the options about the file itself. A file that sets one of them
// is refused, so an installed kiosk cannot be turned into something else by its file.
inline constexpr const char* kCommandLineOnly = "command line only";

// The file read when --config names none: $KIOSK_CONFIG when set (tests, and trying a file
// out), else /etc/access-kiosk/kiosk.toml. Either is read only when it exists.
std::string default_config_path();

// A key the file set, for --check-config's summary.
struct ConfigSetting {
    std::string key;
    std::string value;  // as the command line would give it
    int line = 0;
};

struct ConfigFileReading {
    std::vector<ConfigSetting> settings;
    std::vector<Error> problems;  // every problem, in line order, each at its key
};

// Reads the TOML file at `path` and gives each key's value to the option of that long
// name in `app`, as if it were on the command line, so the option's own reading and checks
// apply. An option the command line already gave keeps its value (the command line wins);
// the file's value is still checked, on `spare`: the same options bound to other storage.
ConfigFileReading apply_config_file(const std::string& path, CLI::App& app, CLI::App& spare);

// The keys the file takes: every long option of `app` but --help and kCommandLineOnly.
std::vector<std::string> config_keys(const CLI::App& app);

// Every long option of `app` but --help, with or without kCommandLineOnly.
std::vector<std::string> option_names(const CLI::App& app);

}  // namespace kiosk
