#include "app/options.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "app/option_values.h"
#include "core/ui/theme.h"

namespace kiosk {
namespace {

ParsedOptions fail(std::string message) {
    return {std::nullopt, 2, "kiosk: " + message + "\nTry 'kiosk --help'.\n"};
}

// A whole number from `low` to `high`, or nothing.
std::optional<int> parse_number(const std::string& text, long low, long high) {
    char* end = nullptr;
    const long number = std::strtol(text.c_str(), &end, 10);
    if (text.empty() || *end != '\0' || number < low || number > high) return std::nullopt;
    return static_cast<int>(number);
}

bool parse_hours(const std::string& text, int& from, int& to) {
    const auto dash = text.find('-');
    if (dash == std::string::npos) return false;
    const auto a = parse_number(text.substr(0, dash), 0, 23);
    const auto b = parse_number(text.substr(dash + 1), 0, 23);
    if (!a || !b) return false;
    from = *a;
    to = *b;
    return true;
}


}  // namespace

std::string usage_text() {
    std::string themes;
    for (const auto& theme : builtin_themes()) themes += (themes.empty() ? "" : ", ") + theme.name;
    return "Usage: kiosk [OPTIONS]\n"
           "Access Kiosk: a self-voicing information kiosk for persons with disabilities.\n"
           "\n"
           "  --pack PATH          content pack: a directory or an archive from kiosk-pack build\n"
           "                       (default: the bundled content/changyi). The kiosk watches it and\n"
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
           "  --update-idle SECS   how long the kiosk must be untouched before an updated pack is shown\n"
           "                       (default 30)\n"
           "  --locale TAG         starting language, a BCP 47 tag: zh-Hans, en, ko (default zh-Hans)\n"
           "  --windowed WxH       run in a window of this size instead of fullscreen\n"
           "  --theme NAME         colour theme: " + themes + " (default standard)\n"
           "  --text-size PERCENT  text size: " + text_size_list() + " (default 100)\n"
           "                       Theme and text size are where each resident starts; they\n"
           "                       change them in Settings, and an idle reset brings these back\n"
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
           "  --speech-log FILE    write speech and key events as JSON lines to FILE\n"
           "  --script FILE        play keys and taps from FILE, for demonstrations and tests:\n"
           "                       lines 'key NAME', 'tap X Y', 'press X Y', 'move X Y', 'release X Y',\n"
           "                       'wait MS', 'audio-removed',\n"
           "                       'audio-added', 'quit' ('#' comments)\n"
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
           "  --help               show this help and exit\n"
           "\n"
           "Keys: Up/Down (Tab/Shift+Tab) move, Enter activates, Escape/Backspace go back,\n"
           "Home goes home, F1 gives help, F11 opens the settings, Left/Right change a setting;\n"
           "a numeric keypad works the same (8, 2, 5, 0, 7, '.', '/', 4 and 6 in the settings).\n"
           "Alt+F4, Alt+Tab and Escape do not leave the kiosk.\n";
}

ParsedOptions parse_options(int argc, char** argv) {
    Options options;
    options.pack = KIOSK_DEFAULT_PACK;
    options.fonts_manifest = KIOSK_FONTS_MANIFEST;
    options.strings_dir = KIOSK_STRINGS_DIR;
    for (int i = 1; i < argc; ++i) {
        const std::string_view flag = argv[i];
        if (flag == "--help" || flag == "-h") return {std::nullopt, 0, usage_text()};
        if (flag == "--audit") {
            options.audit = true;
            continue;
        }
        if (i + 1 >= argc) return fail("option " + std::string(flag) + " needs a value");
        const std::string value = argv[++i];
        if (flag == "--pack") {
            options.pack = value;
        } else if (flag == "--locale") {
            options.locale = value;
        } else if (flag == "--windowed") {
            options.windowed = parse_screen_size(value);
            if (!options.windowed) return fail("--windowed takes WIDTHxHEIGHT, e.g. 1280x1024");
        } else if (flag == "--theme") {
            if (!find_theme(value)) return fail("unknown theme '" + value + "'");
            options.theme = value;
        } else if (flag == "--speech") {
            if (value != "on" && value != "off") return fail("--speech takes on or off");
            options.speech = value == "on";
        } else if (flag == "--speech-log") {
            options.speech_log = value;
        } else if (flag == "--staff-code-hash") {
            options.staff_code_hash = value;
        } else if (flag == "--trust-key") {
            options.trust_key = value;
        } else if (flag == "--state-dir") {
            options.state_dir = value;
        } else if (flag == "--allow-version") {
            options.allowed_version = value;
        } else if (flag == "--update-idle") {
            char* end = nullptr;
            const long seconds = std::strtol(value.c_str(), &end, 10);
            if (*end != '\0' || seconds < 0 || seconds > 86400) return fail("--update-idle takes seconds, 0 to 86400");
            options.update_idle_seconds = static_cast<int>(seconds);
        } else if (flag == "--text-size") {
            const auto size = parse_text_size(value);
            if (!size) return fail("--text-size takes one of " + text_size_list());
            options.text_size = *size;
        } else if (flag == "--idle-timeout" || flag == "--idle-warning" || flag == "--invite-every" ||
                   flag == "--attract-after") {
            const auto seconds = parse_number(value, flag == "--idle-warning" ? 1 : 0, 86400);
            if (!seconds) return fail(std::string(flag) + " takes seconds, up to 86400");
            int& target = flag == "--idle-timeout"    ? options.idle_timeout_seconds
                          : flag == "--idle-warning"  ? options.idle_warning_seconds
                          : flag == "--attract-after" ? options.attract_after_seconds
                                                      : options.invite_every_seconds;
            target = *seconds;
        } else if (flag == "--quiet-hours") {
            if (!parse_hours(value, options.quiet_from_hour, options.quiet_to_hour)) {
                return fail("--quiet-hours takes two hours 0-23, e.g. 20-8");
            }
        } else if (flag == "--script") {
            options.script = value;
        } else if (flag == "--render-all") {
            options.render_all_dir = value;
        } else if (flag == "--locales" || flag == "--themes" || flag == "--text-sizes" || flag == "--shapes") {
            if (std::string error = add_to_review_scope(flag, value, options.review); !error.empty()) return fail(error);
        } else {
            --i;
            return fail("unknown option " + std::string(flag));
        }
    }
    if (options.audit && !options.render_all_dir.empty()) return fail("--render-all and --audit are separate runs");
    return {options, 0, {}};
}

}  // namespace kiosk
