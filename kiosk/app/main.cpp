// Access Kiosk: start-up. Reads the options, the pack and the UI strings, opens the
// window, fonts and speech, then hands over to the event loop. Every failure here is
// told on stderr in words a member of staff can act on.

#include <SDL.h>
#include <SDL_ttf.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <memory>

#include "app/event_loop.h"
#include "app/input_script.h"
#include "app/options.h"
#include "app/speech_log.h"
#include "core/content/pack_loader.h"
#include "core/strings/ui_strings.h"
#include "platform/font_locator.h"
#include "platform/font_set.h"
#include "platform/sdl_window.h"
#include "platform/speech_engine.h"
#include "platform/text_texture_cache.h"
#include "screens/kiosk.h"

namespace {

constexpr std::size_t kTextCacheBytes = 64u * 1024u * 1024u;

int fail(const std::string& message) {
    std::fprintf(stderr, "kiosk: %s\n", message.c_str());
    return EXIT_FAILURE;
}

struct SdlSession {
    ~SdlSession() {
        TTF_Quit();
        SDL_Quit();
    }
};

int run(const kiosk::Options& options) {
    using namespace kiosk;
    const auto started = SpeechLog::Clock::now();

    PackLoadResult loaded = load_pack(options.pack);
    for (const auto& problem : loaded.problems) {
        std::fprintf(stderr, "%s/%s\n", options.pack.c_str(), problem.to_string().c_str());
    }
    if (!loaded.pack) return fail("the pack at " + options.pack + " has errors; nothing to show");
    const Pack& pack = *loaded.pack;
    const std::string locale = pack.content_for(options.locale).locale;

    std::string error;
    auto strings = UiStrings::open(options.strings_dir, locale, error);
    if (!strings) return fail(error);
    auto faces = locate_fonts(options.fonts_manifest, locale, error);
    if (!faces) return fail(error);

    std::optional<InputScript> script;
    if (!options.script.empty()) {
        script = InputScript::load(options.script, error);
        if (!script) return fail(error);
    }
    SpeechLog log(options.speech_log, started);
    if (!options.speech_log.empty() && !log.is_open()) return fail("cannot write " + options.speech_log);

    // Closing the window (Alt+F4 through a window manager) must not end the kiosk;
    // only a termination signal becomes SDL_QUIT.
    SDL_SetHint(SDL_HINT_QUIT_ON_LAST_WINDOW_CLOSE, "0");
    SDL_SetHint(SDL_HINT_ALLOW_ALT_TAB_WHILE_GRABBED, "0");
    SDL_SetHint(SDL_HINT_VIDEO_MINIMIZE_ON_FOCUS_LOSS, "0");
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) return fail(std::string("SDL: ") + SDL_GetError());
    SdlSession sdl;
    if (TTF_Init() != 0) return fail(std::string("SDL_ttf: ") + TTF_GetError());

    FontSet fonts(*faces);
    if (fonts.font({40, FontWeight::regular}) == nullptr || fonts.font({40, FontWeight::bold}) == nullptr) {
        return fail("cannot open font " + faces->regular.file + ": " + TTF_GetError());
    }
    auto window = SdlWindow::create(options.windowed, error);
    if (!window) return fail(error);
    TextTextureCache text(window->renderer(), fonts, kTextCacheBytes);

    const Theme theme = *find_theme(options.theme);
    Kiosk kiosk(pack, std::move(*strings), theme, fonts);

    std::unique_ptr<SpeechEngine> speech;
    std::atomic<EventLoop*> loop_for_events{nullptr};
    if (options.speech) {
        if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
            log.note(std::string("no audio: ") + SDL_GetError(), SpeechLog::Clock::now());
        }
        speech = std::make_unique<SpeechEngine>(
            [&loop_for_events](const SpeechEvent& event) {
                if (EventLoop* loop = loop_for_events.load()) loop->post_speech_event(event);
            },
            [](const std::string& message) { std::fprintf(stderr, "kiosk: %s\n", message.c_str()); });
        if (!speech->start(error)) {
            log.note(error, SpeechLog::Clock::now());
            std::fprintf(stderr, "kiosk: %s; continuing without speech\n", error.c_str());
            speech.reset();
        }
    }
    EventLoop loop(kiosk, *window, text, speech.get(), log, script ? &*script : nullptr);
    loop_for_events.store(&loop);
    const int status = loop.run();
    loop_for_events.store(nullptr);
    speech.reset();  // stop the speech threads before the loop they report to goes away
    return status;
}

}  // namespace

int main(int argc, char** argv) {
    const kiosk::ParsedOptions parsed = kiosk::parse_options(argc, argv);
    if (!parsed.options) {
        std::fputs(parsed.message.c_str(), parsed.exit_code == 0 ? stdout : stderr);
        return parsed.exit_code;
    }
    return run(*parsed.options);
}
