#include "app/config_check.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "app/input_script.h"
#include "app/pack_settings.h"
#include "core/access/staff_code.h"
#include "platform/louis_translator.h"
#include "platform/pack_machine_checks.h"

namespace fs = std::filesystem;

namespace kiosk {
namespace {

using Problems = std::vector<Error>;

// A problem with the value of option `key`, told where that value was set: at its line
// in the configuration file, or as the command line's option.
Error about(const ParsedOptions& parsed, const std::string& key, const std::string& what) {
    for (const auto& setting : parsed.given) {
        if (setting.key == key && !setting.file.empty()) return {setting.file, key + ": " + what, setting.line, 1};
    }
    return {"--" + key + ": " + what};
}

// Why the kiosk could not write in `directory`, if it could not: it must be a writable
// folder, or (when the kiosk makes it, `made`) the nearest folder above it that exists must
// be. The check is for the user running it.
std::optional<std::string> unwritable(const fs::path& directory, bool made) {
    std::error_code error;
    fs::path existing = directory.empty() ? fs::path(".") : directory;
    while (made && !fs::exists(existing, error) && existing.has_parent_path() && existing != existing.parent_path()) {
        existing = existing.parent_path();
    }
    if (!fs::is_directory(existing, error)) return existing.string() + " is not a folder";
    if (::access(existing.c_str(), W_OK | X_OK) != 0) {
        return "cannot write in " + existing.string() + ": " + std::strerror(errno);
    }
    return std::nullopt;
}

void check_staff_code(const ParsedOptions& parsed, Problems& problems) {
    const Options& options = *parsed.options;
    if (options.staff_code_hash.empty()) return;
    const auto hash = read_staff_code_hash(options.staff_code_hash);
    if (!hash) {
        problems.push_back(about(parsed, "staff-code-hash", hash.error().to_string()));
        return;
    }
    if (auto checker = StaffCodeChecker::from_hash(*hash); !checker) {
        problems.push_back(about(parsed, "staff-code-hash", checker.error().to_string()));
    }
}

// The pack as the kiosk would prepare it; a line about it when it can be shown.
std::string check_pack(const ParsedOptions& parsed, Problems& problems) {
    const Options& options = *parsed.options;
    if (auto why = unwritable(state_directory(options), true)) problems.push_back(about(parsed, "state-dir", *why));
    const auto settings = pack_settings(options);
    if (!settings) {
        problems.push_back(about(parsed, "trust-key", settings.error().to_string()));
        return "not checked, for want of its trust key";
    }
    const auto prepared = prepare_pack(*settings);
    if (!prepared) {
        problems.push_back(about(parsed, "pack", settings->path + " cannot be shown: " + prepared.error().reason));
        return {};
    }
    if (options.speech) {  // the voices the kiosk will speak with
        PackErrors voices;
        check_voices(prepared->pack, options.strings_dir, voices);
        for (const auto& problem : voices) problems.push_back(about(parsed, "speech", problem.message));
    }
    const Manifest& manifest = prepared->pack.manifest;
    std::string languages;
    for (const auto& language : prepared->languages) languages += (languages.empty() ? "" : ", ") + language.locale;
    return manifest.id + " version " + manifest.version + " (" + languages + "), review by " + manifest.review_by +
           "; state in " + settings->state_dir;
}

void print_summary(const ParsedOptions& parsed, const std::string& pack) {
    const Options& options = *parsed.options;
    std::printf("Configuration file: %s\n", options.config_file.empty() ? "none" : options.config_file.c_str());
    for (const auto& setting : parsed.given) {
        std::printf("  %s = %s    (%s)\n", setting.key.c_str(), setting.value.c_str(), setting.from.c_str());
    }
    std::printf("  every %soption at its default (kiosk --help)\n", parsed.given.empty() ? "" : "other ");
    std::printf("Pack: %s\n", options.pack.c_str());
    if (!pack.empty()) std::printf("  %s\n", pack.c_str());
    std::printf("Speech: %s; speech log: %s\n", options.speech ? "on" : "off",
                options.speech_log.empty() ? "none" : options.speech_log.c_str());
    // Whether BRLTTY answers is not checked: it may start after the kiosk, which waits for it.
    std::printf("Braille: %s\n", !options.braille ? "off"
                                                  : ("on, through BRLTTY at " + (options.braille_host.empty()
                                                                                     ? std::string("$BRLAPI_HOST or :0")
                                                                                     : options.braille_host))
                                                        .c_str());
    std::printf("Staff code: %s\n",
                options.staff_code_hash.empty() ? "none (only systemctl stop ends the kiosk)" : "set");
}

}  // namespace

int check_config(const ParsedOptions& parsed) {
    const Options& options = *parsed.options;
    Problems problems;
    check_staff_code(parsed, problems);
    const std::string pack = check_pack(parsed, problems);
    if (!options.speech_log.empty()) {
        if (auto why = unwritable(fs::path(options.speech_log).parent_path(), false)) {
            problems.push_back(about(parsed, "speech-log", *why));
        }
    }
    if (options.braille) {
        if (const Status tables = LouisTranslator::check_tables(); !tables)
            problems.push_back(about(parsed, "braille", tables.error().to_string() + " (install liblouis-data)"));
    }
    if (!options.script.empty()) {
        if (auto script = InputScript::load(options.script); !script) problems.push_back(script.error());
    }
    print_summary(parsed, pack);
    // The file's problems in its line order, after those of the command line (line 0).
    std::stable_sort(problems.begin(), problems.end(), [](const Error& a, const Error& b) { return a.line < b.line; });
    for (const auto& problem : problems) std::fprintf(stderr, "kiosk: %s\n", problem.to_string().c_str());
    if (problems.empty()) {
        std::printf("The configuration is good.\n");
        return 0;
    }
    std::fprintf(stderr, "kiosk --check-config: %zu %s; fix %s before the kiosk is started\n", problems.size(),
                 problems.size() == 1 ? "problem" : "problems", problems.size() == 1 ? "it" : "them");
    return 1;
}

}  // namespace kiosk
