#include "app/options.h"

#include <SDL.h>
#include <CLI/CLI.hpp>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <tuple>

#include "app/config_file.h"
#include "app/option_values.h"
#include "core/content/channel_index.h"
#include "core/ui/theme.h"
#include "platform/data_directory.h"

namespace kiosk {
namespace {

ParsedOptions fail(const std::string& message) {
    return {std::nullopt, 2, "kiosk: " + message + "\nTry 'kiosk --help'.\n"};
}

// A whole number from `low` to `high`.
Result<int> read_number(const std::string& text, long low, long high, const std::string& what) {
    char* end = nullptr;
    const long number = std::strtol(text.c_str(), &end, 10);
    if (text.empty() || *end != '\0' || number < low || number > high) {
        const std::string range = std::to_string(low) + " to " + std::to_string(high);
        return failure("takes " + what + ", " + range + "; not '" + text + "'");
    }
    return static_cast<int>(number);
}

std::function<Result<int>(const std::string&)> seconds_from(long low) {
    return [low](const std::string& text) { return read_number(text, low, 86400, "seconds"); };
}

Result<bool> read_on_off(const std::string& text) {
    if (text == "on" || text == "off") return text == "on";
    return failure("takes on or off; not '" + text + "'");
}

// "20-8": the hours from and to.
Result<std::pair<int, int>> read_hours(const std::string& text) {
    const auto dash = text.find('-');
    const auto from = read_number(text.substr(0, dash), 0, 23, "hours");
    const auto to = read_number(dash == std::string::npos ? "" : text.substr(dash + 1), 0, 23, "hours");
    if (!from || !to) return failure("takes two hours 0-23, e.g. 20-8; not '" + text + "'");
    return std::pair{*from, *to};
}

Result<std::string> read_any(const std::string& text) { return text; }

// Only http:// and https://: the kiosk fetches from web servers, nothing else.
Result<std::string> read_update_url(const std::string& text) {
    const bool web = text.rfind("http://", 0) == 0 || text.rfind("https://", 0) == 0;
    if (!web || text.find_first_of(" \t\r\n") != std::string::npos) {
        return failure("takes an http:// or https:// address; not '" + text + "'");
    }
    return text;
}

Result<std::string> read_channel(const std::string& text) {
    if (!is_valid_channel_name(text)) {
        return failure("takes 1 to 64 of a-z, 0-9, '.', '-' and '_', not first '.'; not '" + text + "'");
    }
    return text;
}

// A key by its SDL name, as the call-staff key: "Keypad 0", "F12".
Result<std::string> read_key_name(const std::string& text) {
    if (SDL_GetScancodeFromName(text.c_str()) == SDL_SCANCODE_UNKNOWN) {
        return failure("takes an SDL key name such as 'Keypad 0' or 'F12'; not '" + text + "'");
    }
    return text;
}

// A name the rollout hashes and the log shows: letters, digits, '.', '-' and '_'.
Result<std::string> read_kiosk_id(const std::string& text) {
    const bool plain = std::all_of(text.begin(), text.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '.' || c == '-' || c == '_';
    });
    if (text.empty() || text.size() > 64 || !plain) {
        return failure("takes 1 to 64 of letters, digits, '.', '-' and '_'; not '" + text + "'");
    }
    return text;
}

// The help is the hand-written usage text, laid out for people rather than generated.
class UsageFormatter : public CLI::FormatterBase {
public:
    std::string make_help(const CLI::App*, std::string, CLI::AppFormatMode) const override { return usage_text(); }
};

// One value, read by `read` and handed to `store`; a refused value is a usage error naming
// the option. Given twice, the last one counts.
template <typename Read, typename Store>
CLI::Option* add_read(CLI::App& app, const std::string& name, Read read, Store store) {
    auto take = [name, read, store](const std::string& text) {
        auto value = read(text);
        if (!value) throw CLI::ValidationError(name + " " + value.error().message);
        store(std::move(*value));
    };
    return app.add_option_function<std::string>(name, take)->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);
}

template <typename T, typename Read>
CLI::Option* add_value(CLI::App& app, const std::string& name, T& target, Read read) {
    return add_read(app, name, read, [&target](auto value) { target = std::move(value); });
}

// A comma-separated list, each part read by `read` and added to `targets`.
template <typename T, typename Read>
CLI::Option* add_list(CLI::App& app, const std::string& name, std::vector<T>& targets, Read read) {
    auto take = [name, &targets, read](const std::vector<std::string>& parts) {
        std::size_t taken = 0;
        for (const std::string& part : parts) {
            if (part.empty()) continue;
            auto value = read(part);
            if (!value) throw CLI::ValidationError(name + " " + value.error().message);
            targets.push_back(std::move(*value));
            ++taken;
        }
        if (taken == 0) throw CLI::ValidationError(name + " needs a comma-separated list");
    };
    return app.add_option_function<std::vector<std::string>>(name, take)->delimiter(',');
}

void add_options(CLI::App& app, Options& options) {
    add_value(app, "--pack", options.pack, read_any);
    add_value(app, "--locale", options.locale, read_any);
    add_value(app, "--windowed", options.windowed, read_screen_size);
    add_value(app, "--theme", options.theme, read_theme_name);
    add_value(app, "--speech", options.speech, read_on_off);
    add_value(app, "--speech-log", options.speech_log, read_any);
    add_value(app, "--staff-code-hash", options.staff_code_hash, read_any);
    add_value(app, "--trust-key", options.trust_key, read_any);
    add_value(app, "--state-dir", options.state_dir, read_any);
    add_value(app, "--allow-version", options.allowed_version, read_any);
    add_value(app, "--update-idle", options.update_idle_seconds, seconds_from(0));
    add_value(app, "--text-size", options.text_size, read_text_size);
    add_value(app, "--key-repeat", options.key_timing.repeat_delay_ms, read_key_repeat);
    add_value(app, "--double-press-filter", options.key_timing.double_press_ms, read_double_press);
    add_value(app, "--slow-keys", options.key_timing.slow_keys_ms, read_slow_keys);
    add_value(app, "--idle-timeout", options.idle_timeout_seconds, seconds_from(0));
    add_value(app, "--idle-warning", options.idle_warning_seconds, seconds_from(1));
    add_value(app, "--attract-after", options.attract_after_seconds, seconds_from(0));
    add_value(app, "--invite-every", options.invite_every_seconds, seconds_from(0));
    add_read(app, "--quiet-hours", read_hours, [&options](std::pair<int, int> hours) {
        std::tie(options.quiet_from_hour, options.quiet_to_hour) = hours;
    });
    add_value(app, "--stats-db", options.stats_db, read_any);
    add_value(app, "--stats-retention-days", options.stats_retention_days,
              [](const std::string& text) { return read_number(text, 1, 3650, "days"); });
    add_value(app, "--metrics-file", options.metrics_file, read_any);
    add_value(app, "--update-url", options.update_url, read_update_url);
    add_value(app, "--channel", options.channel, read_channel);
    add_value(app, "--kiosk-id", options.kiosk_id, read_kiosk_id);
    add_value(app, "--poll-seconds", options.poll_seconds, seconds_from(1));
    add_value(app, "--staff-alert-url", options.staff_alert_url, read_update_url);
    add_value(app, "--staff-call-limit", options.staff_call_limit_seconds, seconds_from(0));
    add_value(app, "--staff-call-key", options.staff_call_key, read_key_name);
    add_value(app, "--staff-call-hold", options.staff_call_hold_seconds, seconds_from(0));
    add_value(app, "--staff-ack-key", options.staff_ack_key, read_key_name);
    add_value(app, "--headset-audio-device", options.headset_audio_device, read_any);
    app.add_flag("--privacy-needs-headset", options.privacy_needs_headset);
    add_value(app, "--braille", options.braille, read_on_off);
    add_value(app, "--braille-host", options.braille_host, read_any);
    // Runs other than the kiosk, and the file's own options: the command line only.
    add_value(app, "--script", options.script, read_any)->group(kCommandLineOnly);
    add_value(app, "--render-all", options.render_all_dir, read_any)->group(kCommandLineOnly);
    app.add_flag("--audit", options.audit)->group(kCommandLineOnly);
    add_list(app, "--locales", options.review.locales, read_any)->group(kCommandLineOnly);
    add_list(app, "--themes", options.review.themes, read_theme_name)->group(kCommandLineOnly);
    add_list(app, "--text-sizes", options.review.text_sizes, read_text_size)->group(kCommandLineOnly);
    add_list(app, "--shapes", options.review.shapes, read_screen_size)->group(kCommandLineOnly);
    add_list(app, "--screens", options.review.screens, read_any)->group(kCommandLineOnly);
    add_value(app, "--config", options.config_file, read_any)->group(kCommandLineOnly);
    app.add_flag("--check-config", options.check_config)->group(kCommandLineOnly);
}

// What is left over: an option the kiosk does not know, or a stray word.
std::string leftover_message(const std::string& first) {
    if (first.rfind('-', 0) == 0) return "unknown option " + first;
    return "unexpected argument '" + first + "'";
}

std::string joined(const std::vector<std::string>& values) {
    std::string text;
    for (const auto& value : values) text += (text.empty() ? "" : ",") + value;
    return text;
}

// The options the command line set, before the configuration file adds its own.
std::vector<GivenSetting> given_on_command_line(const CLI::App& app) {
    std::vector<GivenSetting> given;
    for (const auto& key : config_keys(app)) {
        const CLI::Option* option = app.get_option_no_throw("--" + key);
        if (option->count() > 0) given.push_back({key, joined(option->results()), "command line"});
    }
    return given;
}

ParsedOptions refuse_config(const std::vector<Error>& problems, bool checking) {
    std::string message;
    for (const auto& problem : problems) message += "kiosk: " + problem.to_string() + "\n";
    const std::string count = std::to_string(problems.size()) + (problems.size() == 1 ? " problem" : " problems");
    message += checking ? "kiosk --check-config: " + count + "; the kiosk would not start\n" : "Try 'kiosk --help'.\n";
    return {std::nullopt, 2, message};
}

// Reads the file --config names, or the one at `default_config` when it exists, into the
// options the command line left unset; the settings it gave are added to `given`.
// A refusal when the file has problems.
std::optional<ParsedOptions> read_config_file(CLI::App& app, Options& options, const std::string& default_config,
                                              std::vector<GivenSetting>& given) {
    const bool named = !options.config_file.empty();
    const std::string path = named ? options.config_file : default_config;
    std::error_code absent;
    if (!named && !std::filesystem::exists(path, absent)) return std::nullopt;
    Options spare_options;
    CLI::App spare;
    add_options(spare, spare_options);
    const ConfigFileReading reading = apply_config_file(path, app, spare);
    if (!reading.problems.empty()) return refuse_config(reading.problems, options.check_config);
    options.config_file = path;
    for (const auto& setting : reading.settings) {
        const std::string at = path + ":" + std::to_string(setting.line);
        const auto overridden = std::find_if(
            given.begin(), given.end(), [&setting](const GivenSetting& other) { return other.key == setting.key; });
        if (overridden == given.end()) {
            given.push_back({setting.key, setting.value, at, path, setting.line});
        } else {
            overridden->from += ", over " + at;
        }
    }
    return std::nullopt;
}

}  // namespace

std::string usage_text() {
    const DataDirectory data = DataDirectory::locate();
    std::string themes;
    for (const auto& theme : builtin_themes()) themes += (themes.empty() ? "" : ", ") + theme.name;
    // The help is laid out line by line as the terminal shows it.
    // clang-format off
    return "Usage: kiosk [OPTIONS]\n"
           "Access Kiosk: a self-voicing information kiosk for persons with disabilities.\n"
           "\n"
           "  --pack PATH          content pack: a directory or an archive from kiosk-pack build\n"
           "                       (default: the bundled pack, DATA/packs/changyi). The kiosk watches it and\n"
           "                       shows a changed pack once checked, when nobody is using the kiosk\n"
           "  --trust-key FILE     accept only pack archives signed for this public key (kiosk-pack keygen)\n"
           "  --state-dir DIR      where the kiosk remembers the pack it shows, and keeps a copy to fall\n"
           "                       back on (default $XDG_STATE_HOME/access-kiosk or\n"
           "                       ~/.local/state/access-kiosk). It then takes only the same pack id,\n"
           "                       at a newer version\n"
           "  --allow-version V    staff override: take the pack of version V even if it is older, or\n"
           "                       has another id; remove it once that pack is shown\n"
           "  --staff-code-hash HASH|FILE\n"
           "                       the hash of the staff code (kiosk-pack hash-code), or a file holding it;\n"
           "                       the technician's guide tells how staff enter it. Without it the kiosk\n"
           "                       is ended only by a termination signal (systemctl stop)\n"
           "  --update-url URL     take packs from a channel that kiosk-pack publish wrote to a web server\n"
           "                       or CDN: it checks URL/CHANNEL/index.toml every --poll-seconds and\n"
           "                       downloads a newer pack, which is shown as a changed --pack is.\n"
           "                       http:// or https://; needs --trust-key (default: none)\n"
           "  --channel NAME       the channel to follow (default stable)\n"
           "  --kiosk-id ID        this kiosk's name in a staged rollout (default: made from\n"
           "                       /etc/machine-id, else the host name)\n"
           "  --poll-seconds SECS  how often to check the channel, give or take 15 %; after a failure\n"
           "                       the wait doubles, up to 8 times or an hour (default 300)\n"
           "  --staff-alert-url URL\n"
           "                       when a resident calls staff (the Call staff button on every screen,\n"
           "                       or the call-staff key), POST {\"kiosk\",\"screen\",\"language\",\"time\"}\n"
           "                       as JSON to URL, http:// or https:// (default: none; the kiosk still\n"
           "                       chimes, says and shows the call, and counts it in the metrics)\n"
           "  --staff-call-limit SECS\n"
           "                       a second call within SECS is not sent again (default 60)\n"
           "  --staff-call-key NAME the key held to call staff, an SDL key name (default 'Keypad 0')\n"
           "  --staff-call-hold SECS\n"
           "                       how long that key is held (default 2; 0: no key, the button only)\n"
           "  --staff-ack-key NAME a key for staff only (a key switch, a key on the kiosk's back, a\n"
           "                       wireless button), an SDL key name: pressed after a call, the kiosk\n"
           "                       says a member of staff is on the way (default: none)\n"
           "  --headset-audio-device NAME\n"
           "                       the SDL audio output device speech moves to while the headset jack\n"
           "                       (ALSA) reports a headset; back to the default device when it is\n"
           "                       unplugged (default: none; speech stays on the default device and\n"
           "                       the sound card's auto-mute silences the speakers)\n"
           "  --privacy-needs-headset  privacy mode only with a headset in the jack: without\n"
           "                       one it is refused with the reason, and unplugging ends it\n"
           "                       (default: off)\n"
           "  --braille on|off     show what is spoken (or, with speech off, would be) on a braille\n"
           "                       display through BRLTTY, in national common braille for Chinese,\n"
           "                       UEB for English and Korean braille (default off)\n"
           "  --braille-host HOST  BRLTTY's BrlAPI address, as ':0' or 'host:1' (default: $BRLAPI_HOST,\n"
           "                       else ':0')\n"
           "  --update-idle SECS   how long the kiosk must be untouched before an updated pack is shown\n"
           "                       (default 30)\n"
           "  --locale TAG         starting language, a BCP 47 tag: zh-Hans, en, ko (default zh-Hans)\n"
           "  --windowed WxH       run in a window of this size instead of fullscreen\n"
           "  --theme NAME         colour theme: " + themes + " (default standard)\n"
           "  --text-size PERCENT  text size: " + text_size_list() + " (default 100)\n"
           "  --key-repeat SECS|off\n"
           "                       a held key acts again after SECS, 0.5 to 2, then 4 times a second;\n"
           "                       off: a held key acts once (default 0.5)\n"
           "  --double-press-filter SECS\n"
           "                       ignore a second press of a key within SECS, 0 to 0.5, of its\n"
           "                       release: a shaking finger's bounce (default 0: off)\n"
           "  --slow-keys SECS     a key counts only once held SECS, 0 to 2 (default 0: off)\n"
           "                       Theme, text size and key timing are where each resident starts;\n"
           "                       they change them in Settings, and an idle reset brings these back\n"
           "  --idle-timeout SECS  untouched this long, the kiosk warns that it will start afresh\n"
           "                       (default 120; 0 never)\n"
           "  --idle-warning SECS  how long the warning counts down before the reset (default 20)\n"
           "  --attract-after SECS after a reset, the untouched home screen gives way to the attract\n"
           "                       screen, an invitation in every language (default 60)\n"
           "  --invite-every SECS  while nobody uses the kiosk, speak an invitation this often\n"
           "                       (default 180; 0 never)\n"
           "  --quiet-hours H-H    no spoken invitations between these hours, local time\n"
           "                       (default 20-8)\n"
           "  --speech on|off      speak with eSpeak NG (default on)\n"
           "  --stats-db FILE|off  anonymous usage statistics in this SQLite database, read with\n"
           "                       kiosk-stats (default STATE-DIR/usage.sqlite3; off: none kept)\n"
           "  --stats-retention-days N\n"
           "                       delete usage events older than N days (default 365)\n"
           "  --metrics-file FILE  write Prometheus metrics to FILE every 30 s, for node_exporter's\n"
           "                       textfile collector (default: none)\n"
           "  --speech-log FILE    write speech and key events as JSON lines to FILE\n"
           "  --script FILE        play keys and taps from FILE, for demonstrations and tests:\n"
           "                       lines 'key NAME', 'key-down NAME', 'key-up NAME', 'tap X Y',\n"
           "                       'press X Y', 'move X Y', 'release X Y', 'wait MS', 'audio-removed',\n"
           "                       'audio-added', 'headset-in', 'headset-out' (the headset jack),\n"
           "                       'note TEXT' (into the speech log), 'quit' ('#' comments)\n"
           "  --render-all DIR     draw every screen of the pack, page by page, for every language, theme,\n"
           "                       text size and screen shape into DIR as PNG files with an index.html;\n"
           "                       report text that does not fit or cannot be drawn, then exit\n"
           "                       (1 if anything was found). No display is needed\n"
           "  --audit              check every screen for focus order, spoken text, target size and\n"
           "                       visible focus, print what fails, then exit (1 if anything failed)\n"
           "  --locales A,B        with --render-all or --audit: only these languages (default: all)\n"
           "  --themes A,B         ... only these themes\n"
           "  --text-sizes 100,300 ... only these text sizes, of 100, 150, 200, 300\n"
           "  --shapes WxH,WxH     ... only these screen sizes (default 1920x1080,1280x1024,1080x1920)\n"
           "  --screens A,B        ... only these screens, named as in the pictures (topic-legal-aid)\n"
           "  --config FILE        read the settings from FILE (default /etc/access-kiosk/kiosk.toml, when\n"
           "                       it exists): any option above but the runs, as 'idle-timeout = 120';\n"
           "                       the command line overrides the file\n"
           "  --check-config       check the settings, and the pack, keys and folders they name, then exit\n"
           "                       (1 if anything is wrong)\n"
           "  --help               show this help and exit\n"
           "\n"
           "Keys: Up/Down (Tab/Shift+Tab) move, Enter activates, Escape/Backspace go back,\n"
           "Home goes home, F1 gives help, F11 opens the settings, Left/Right change a setting;\n"
           "a numeric keypad works the same (8, 2, 5, 0, 7, '.', '/', 4 and 6 in the settings).\n"
           "Alt+F4, Alt+Tab and Escape do not leave the kiosk.\n"
           "\n"
           "Data: " + data.root() + "\n"
           "                       the bundled pack, fonts.toml, earcons, lexicons and UI strings;\n"
           "                       found by " + data.found_by() + ".\n"
           "                       Set " + DataDirectory::kOverrideVariable + " to use another folder\n";
    // clang-format on
}

void use_shipped_data(Options& options, const DataDirectory& data) {
    options.pack = data.default_pack();
    options.fonts_manifest = data.fonts_manifest();
    options.strings_dir = data.strings_dir();
    options.earcons = data.earcons();
    options.lexicon_dir = data.lexicon_dir();
}

ParsedOptions parse_options(int argc, char** argv, const std::string& default_config) {
    Options options;
    use_shipped_data(options, DataDirectory::locate());
    CLI::App app("Access Kiosk", "kiosk");
    app.formatter(std::make_shared<UsageFormatter>());
    app.allow_extras();  // told apart below, in the kiosk's words
    add_options(app, options);
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp&) {
        return {std::nullopt, 0, usage_text()};
    } catch (const CLI::ArgumentMismatch& error) {  // "--pack: 1 required TEXT missing"
        const std::string what = error.what();
        return fail("option " + what.substr(0, what.find(':')) + " needs a value");
    } catch (const CLI::ParseError& error) {
        return fail(error.what());
    }
    if (!app.remaining().empty()) return fail(leftover_message(app.remaining().front()));
    auto given = given_on_command_line(app);
    if (auto refused = read_config_file(app, options, default_config, given)) return *refused;
    if (options.audit && !options.render_all_dir.empty()) return fail("--render-all and --audit are separate runs");
    if (!options.update_url.empty() && options.trust_key.empty()) {
        return fail("--update-url needs --trust-key: the kiosk takes packs from a channel only when they are signed");
    }
    return {options, 0, {}, std::move(given)};
}

ParsedOptions parse_options(int argc, char** argv) { return parse_options(argc, argv, default_config_path()); }

std::vector<std::string> configurable_options() {
    Options options;
    CLI::App app;
    add_options(app, options);
    return config_keys(app);
}

std::vector<std::string> all_options() {
    Options options;
    CLI::App app;
    add_options(app, options);
    return option_names(app);
}

}  // namespace kiosk
