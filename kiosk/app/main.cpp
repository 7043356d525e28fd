// Access Kiosk: start-up. Reads the options and the pack, opens the window, fonts and
// speech, then hands over to the event loop. Every failure here is told on stderr in
// words a member of staff can act on.

#include <SDL.h>
#include <SDL_ttf.h>

#include <atomic>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <future>
#include <memory>
#include <thread>
#include <vector>

#include "app/channel_updates.h"
#include "app/config_check.h"
#include "app/event_loop.h"
#include "app/input_script.h"
#include "app/kiosk_identity.h"
#include "app/loop_clock.h"
#include "app/options.h"
#include "app/pack_settings.h"
#include "app/render_all.h"
#include "app/review_reminder.h"
#include "app/screen_audit.h"
#include "app/service_heartbeat.h"
#include "app/session.h"
#include "app/speech_event_queue.h"
#include "app/speech_log.h"
#include "app/usage_reporting.h"
#include "core/access/staff_code.h"
#include "core/speech/earcons.h"
#include "core/speech/silent_speech_driver.h"
#include "core/speech/speech_lexicons.h"
#include "core/text/hyphenator.h"
#include "flow/kiosk_app.h"
#include "platform/espeak_speech_driver.h"
#include "platform/guarded_main.h"
#include "platform/sdl_window.h"

namespace {

int fail(const std::string& message) {
    std::fprintf(stderr, "kiosk: %s\n", message.c_str());
    return EXIT_FAILURE;
}

// A start-up message for staff: on stderr, and in the log for those who read it remotely.
void tell(kiosk::SpeechLog& log, const std::string& message) {
    std::fprintf(stderr, "kiosk: %s\n", message.c_str());
    log.note(message, kiosk::SpeechLog::Clock::now());
}

struct SdlSession {
    ~SdlSession() {
        TTF_Quit();
        SDL_Quit();
    }
};

// The pack to show first: the one given, read until it holds still; or, when it cannot be
// shown (an archive still being copied, a replayed old version), the last good pack kept
// in the state directory. Every refusal is told on stderr and in the log; nothing when
// no pack can be shown, with the reason.
struct FirstPack {
    kiosk::PreparedPack prepared;
    bool last_good = false;  // shown instead of the pack given
};

std::optional<FirstPack> first_pack(const kiosk::PackSettings& settings, kiosk::SpeechLog& log) {
    using namespace kiosk;
    auto prepared = prepare_pack(settings);
    for (int tries = 1; tries < 4 && !prepared && prepared.error().cause == PackRefusal::Cause::changing; ++tries) {
        std::this_thread::sleep_for(kPackSettleTime);  // a directory being written: let it settle
        prepared = prepare_pack(settings);
    }
    if (prepared) {
        if (Status kept = remember_shown(settings, *prepared); !kept) {
            tell(log, "cannot keep the last good pack: " + kept.error().to_string());
        }
        return FirstPack{std::move(*prepared), false};
    }
    const PackRefusal& refusal = prepared.error();
    if (refusal.cause == PackRefusal::Cause::kiosk) {
        tell(log, refusal.reason + "; the kiosk cannot show any pack");
        return std::nullopt;
    }
    const std::string why = "the pack at " + settings.path + " cannot be shown: " + refusal.reason;
    const PackMemory memory(settings.state_dir);
    const auto shown = memory.shown();
    if (!shown || !std::filesystem::exists(memory.last_good_path())) {
        tell(log, why + "; no last good pack to show");
        return std::nullopt;
    }
    PackSettings last_good = settings;
    last_good.path = memory.last_good_path();
    auto fallback = prepare_pack(last_good);
    if (fallback) {
        tell(log, why + "; showing the last good pack, " + shown->id + " version " + shown->version);
        return FirstPack{std::move(*fallback), true};
    }
    tell(log, why + "; the last good pack cannot be shown either: " + fallback.error().reason);
    return std::nullopt;
}

// eSpeak NG and the sound device, with the earcons; nothing (told on stderr and in the
// log) when eSpeak cannot start, and the kiosk goes on silently.
std::unique_ptr<kiosk::SpeechDriver> start_espeak(const kiosk::SpeechDriver::EventSink& sink, kiosk::SpeechLog& log,
                                                  std::atomic<std::uint64_t>& errors, const std::string& earcons_file) {
    using namespace kiosk;
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
        log.note(std::string("no audio: ") + SDL_GetError(), SpeechLog::Clock::now());
    }
    PackErrors earcon_problems;
    auto earcons = load_earcons(earcons_file, earcon_problems);
    if (!earcons) {
        for (const auto& problem : earcon_problems) {
            std::fprintf(stderr, "kiosk: %s; no earcons\n", problem.to_string().c_str());
        }
    }
    auto speech = std::make_unique<EspeakSpeechDriver>(
        sink,
        [&errors](const std::string& message) {
            ++errors;  // for the fleet metrics
            std::fprintf(stderr, "kiosk: %s\n", message.c_str());
        },
        earcons.value_or(EarconSet{}));
    const Status started = speech->start();
    if (started) return speech;
    const std::string error = started.error().to_string();
    log.note(error, SpeechLog::Clock::now());
    std::fprintf(stderr, "kiosk: %s; continuing without speech\n", error.c_str());
    return nullptr;
}

kiosk::KioskApp::Settings app_settings(const kiosk::Options& options,
                                       std::optional<kiosk::StaffCodeChecker> staff_code) {
    using std::chrono::seconds;
    kiosk::KioskApp::Settings settings;
    settings.idle = {seconds(options.idle_timeout_seconds),
                     seconds(options.idle_warning_seconds),
                     seconds(options.attract_after_seconds),
                     seconds(options.invite_every_seconds),
                     options.quiet_from_hour,
                     options.quiet_to_hour};
    settings.update_idle = seconds(options.update_idle_seconds);
    settings.staff_code = std::move(staff_code);
    settings.staff_call_limit = seconds(options.staff_call_limit_seconds);
    settings.privacy_needs_headset = options.privacy_needs_headset;
    return settings;
}

// The usage statistics, unless turned off; a database that cannot be opened is told, and
// the kiosk goes on without.
std::unique_ptr<kiosk::UsageStore> open_usage_store(const kiosk::Options& options, const std::string& state_dir,
                                                    kiosk::SpeechLog& log) {
    using namespace kiosk;
    if (options.stats_db == "off") return nullptr;
    UsageStoreSettings settings;
    settings.path = options.stats_db.empty() ? default_usage_database(state_dir) : options.stats_db;
    settings.retention_days = options.stats_retention_days;
    return std::make_unique<UsageStore>(
        settings, [&log](const std::string& message) { tell(log, message); }, UsageStore::WallClock::now());
}

int run(const kiosk::Options& options) {
    using namespace kiosk;
    const auto started = SpeechLog::Clock::now();

    auto configured = pack_settings(options);
    if (!configured) return fail(configured.error().to_string());
    const PackSettings settings = shown_pack_settings(options, *configured);
    std::optional<StaffCodeChecker> staff_code;
    if (!options.staff_code_hash.empty()) {
        const auto hash = read_staff_code_hash(options.staff_code_hash);
        if (!hash) return fail(hash.error().to_string());
        auto checker = StaffCodeChecker::from_hash(*hash);
        if (!checker) return fail(checker.error().to_string());
        staff_code = std::move(*checker);
    }
    SpeechLog log(options.speech_log, started);
    if (!options.speech_log.empty() && !log.is_open()) return fail("cannot write " + options.speech_log);
    // The pack is read and checked on a worker while SDL opens the window, which needs
    // nothing of it (under X the window and its renderer take as long as the pack).
    // Nothing else writes the log until the pack is in.
    auto preparing = std::async(std::launch::async, [&settings, &log] { return first_pack(settings, log); });

    std::optional<InputScript> script;
    if (!options.script.empty()) {
        auto loaded = InputScript::load(options.script);
        if (!loaded) return fail(loaded.error().to_string());
        script = std::move(*loaded);
    }
    // Closing the window (Alt+F4 through a window manager) must not end the kiosk;
    // only a termination signal becomes SDL_QUIT.
    SDL_SetHint(SDL_HINT_QUIT_ON_LAST_WINDOW_CLOSE, "0");
    SDL_SetHint(SDL_HINT_ALLOW_ALT_TAB_WHILE_GRABBED, "0");
    SDL_SetHint(SDL_HINT_VIDEO_MINIMIZE_ON_FOCUS_LOSS, "0");
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) return fail(std::string("SDL: ") + SDL_GetError());
    SdlSession sdl;
    if (TTF_Init() != 0) return fail(std::string("SDL_ttf: ") + TTF_GetError());

    auto window = SdlWindow::create(options.windowed);
    if (!window) return fail(window.error().to_string());
    auto first = preparing.get();
    if (!first) return EXIT_FAILURE;
    remind_staff_of_review_date(first->prepared.pack.manifest, log);
    // The hyphenation dictionaries load (into the line breakers' cache) while the first
    // screen is made; a missing one is told on stderr.
    std::vector<std::string> locales;
    for (const auto& language : first->prepared.languages) locales.push_back(language.locale);
    const std::jthread hyphenation([locales] {
        for (const auto& locale : locales) {
            const Status dictionary = check_hyphenation_dictionary(locale);
            if (!dictionary) std::fprintf(stderr, "kiosk: %s\n", dictionary.error().to_string().c_str());
        }
    });
    Preferences defaults;
    defaults.theme = options.theme;
    defaults.text_size = options.text_size;
    defaults.key_timing = options.key_timing;
    Session session(window->renderer(), defaults);
    const Reaction opening = session.show(std::move(first->prepared), options.locale);

    // The driver's events reach the loop through a queue that outlives the driver.
    SpeechEventQueue speech_events;
    const SpeechDriver::EventSink to_loop = [&speech_events](const SpeechEvent& event) { speech_events.post(event); };
    // Declared before the driver, whose errors it counts.
    UsageReporting reporting(open_usage_store(options, settings.state_dir, log), options.metrics_file,
                             [&log](const std::string& message) { tell(log, message); });
    reporting.fleet().pack_id = session.prepared().pack.manifest.id;
    reporting.fleet().pack_version = session.prepared().pack.manifest.version;
    std::unique_ptr<SpeechDriver> speech;
    if (options.speech) speech = start_espeak(to_loop, log, reporting.fleet().speech_errors, options.earcons);
    // With speech off, or eSpeak missing, speech goes to the silent driver; the log then
    // has no speech lines, since nothing is said.
    log.set_speech_heard(speech != nullptr);
    session.machine().set_speech_engine(!options.speech ? SpeechEngine::turned_off
                                        : speech        ? SpeechEngine::running
                                                        : SpeechEngine::not_started);
    if (reporting.store()) session.machine().set_usage_source([&reporting] { return reporting.today(); });
    if (!speech) speech = std::make_unique<SilentSpeechDriver>(to_loop, [] { return SpeechLog::Clock::now(); });

    // A script plays on a virtual clock unless it asks for the real one.
    // The lines worker threads (the update client, the braille display) write to the log;
    // it outlives them and the loop.
    NoteQueue worker_notes;
    LoopClock clock(script.has_value() && !script->wants_real_clock());
    KioskApp app(session, app_settings(options, std::move(staff_code)), clock.moment());
    EventLoop loop(session, *window, *speech, speech_events, log, clock, app, script ? &*script : nullptr);
    loop.watch_pack(watched_pack_settings(options, settings));
    loop.report_usage(reporting);
    std::optional<StaffAlert> staff_alert;  // outlives the loop's last step
    if (!options.staff_alert_url.empty()) {
        staff_alert.emplace(options.staff_alert_url, std::chrono::seconds(5));
        loop.alert_staff_through(*staff_alert, options.kiosk_id.empty() ? default_kiosk_id() : options.kiosk_id);
    }
    loop.call_staff_by_holding(SDL_GetScancodeFromName(options.staff_call_key.c_str()),  // a name options checked
                               std::chrono::seconds(options.staff_call_hold_seconds));
    if (!options.staff_ack_key.empty())
        loop.acknowledge_staff_calls_by(SDL_GetScancodeFromName(options.staff_ack_key.c_str()));  // checked
    loop.route_headset_to(options.headset_audio_device);
    if (!script) loop.watch_headset_jack();  // a script reports the jack itself
    loop.take_notes_from(worker_notes);
    if (options.braille) loop.show_braille_on(options.braille_host, worker_notes);

    const auto channel = ChannelUpdates::start(options, settings, [&worker_notes](const std::string& line) {
        std::fprintf(stderr, "kiosk: %s\n", line.c_str());
        worker_notes.post(line);
    });
    if (channel) {
        session.machine().set_update_source([updates = channel.get()] { return updates->status(); });
        reporting.set_update_source([updates = channel.get()] { return updates->status(); });
    }
    if (first->last_good) loop.retry_pack();  // the given pack may be whole once its copy ends
    const SystemdNotifier systemd;
    ServiceHeartbeat heartbeat(systemd, *speech);
    loop.report_to(heartbeat);
    const int exit_code = loop.run(opening);
    heartbeat.stopping();
    return exit_code;
}

int start(int argc, char** argv) {
    const kiosk::ParsedOptions parsed = kiosk::parse_options(argc, argv);
    if (!parsed.options) {
        std::fputs(parsed.message.c_str(), parsed.exit_code == 0 ? stdout : stderr);
        return parsed.exit_code;
    }
    kiosk::use_base_lexicon_directory(parsed.options->lexicon_dir);
    if (parsed.options->check_config) return kiosk::check_config(parsed);
    // Reviews draw off screen and exit: no window is opened, no display is needed.
    if (!parsed.options->render_all_dir.empty()) return kiosk::render_all(*parsed.options);
    if (parsed.options->audit) return kiosk::run_audit(*parsed.options);
    return run(*parsed.options);
}

}  // namespace

int main(int argc, char** argv) {
    return kiosk::guarded_main("kiosk", [&] { return start(argc, argv); });
}
