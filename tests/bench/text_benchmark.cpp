// Typesetting and drawing with the real fonts (fonts/fonts.toml through fontconfig), on the
// default pack, at 1920x1080. Run with scripts/bench.sh; not a ctest test, since timings
// depend on the machine. Goals:
//   layout/LOCALE       laying out the locale's longest topic at 300% text size: under 2 ms
//   frame/LOCALE/home   painting and drawing a whole frame from warm caches: under 8 ms
//   frame/LOCALE/topic  the same for the longest topic, at 100% and 300% text size
//   unbreakable_run/N   laying out a topic whose one paragraph is N digits with no place to
//                       break a line, at 300% text size; at N = kMaxUnbreakableRun, the most
//                       `kiosk-pack check` lets through, under a frame (16 ms)
//   text_cache/SIZE/kiosk_budget  bytes of text textures after drawing every screen of every
//                       locale (home, each category, each topic, each scroll page) into a
//                       cache with the kiosk's budget: under 64 MiB
//   text_cache/SIZE/unbounded     the same without a budget: what the whole pack would take
// Frames are drawn by SDL's software renderer into a surface, so no display is needed.

#include <SDL.h>
#include <SDL_ttf.h>
#include <benchmark/benchmark.h>

#include <cstdio>
#include <limits>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/content/pack_loader.h"
#include "core/content/text_hygiene.h"
#include "core/strings/ui_strings.h"
#include "core/ui/screen_layout.h"
#include "core/ui/screen_painter.h"
#include "core/ui/theme.h"
#include "platform/font_locator.h"
#include "platform/font_set.h"
#include "platform/sdl_painter.h"
#include "platform/text_texture_cache.h"
#include "screens/category_screen.h"
#include "screens/home_screen.h"
#include "screens/topic_screen.h"

namespace {

using namespace kiosk;

constexpr Size kViewport{1920, 1080};
const std::string kPackDirectory = std::string(KIOSK_SOURCE_DIR) + "/content/changyi";
const std::string kFontsManifest = std::string(KIOSK_SOURCE_DIR) + "/fonts/fonts.toml";
constexpr std::size_t kKioskCacheBudget = 64u * 1024u * 1024u;  // the budget Session gives its cache

// One language of the default pack with its words and real fonts.
struct Language {
    std::string locale;
    const LocaleContent* content = nullptr;
    std::unique_ptr<UiStrings> strings;
    std::unique_ptr<FontSet> fonts;
    std::unique_ptr<LineBreaker> breaker;

    ScreenContext context() const { return {*content, *strings}; }
};

struct Fixture {
    Pack pack;
    std::map<std::string, Language> languages;
};

Fixture* fixture = nullptr;  // made by main before any benchmark runs

std::size_t shown_bytes(const Topic& topic) {
    std::size_t bytes = topic.title.size() + topic.summary.size() + topic.source.size();
    for (const Block& block : topic.blocks) bytes += block.text.size();
    return bytes;
}

std::string longest_topic(const LocaleContent& content) {
    std::string longest;
    std::size_t most = 0;
    for (const auto& [id, topic] : content.topics) {
        if (shown_bytes(topic) > most) most = shown_bytes(topic), longest = id;
    }
    return longest;
}

// An RGB surface with SDL's software renderer on it: the frame a kiosk draws, without a window.
struct OffscreenRenderer {
    SDL_Surface* surface = SDL_CreateRGBSurfaceWithFormat(0, kViewport.w, kViewport.h, 32, SDL_PIXELFORMAT_ARGB8888);
    SDL_Renderer* renderer = surface != nullptr ? SDL_CreateSoftwareRenderer(surface) : nullptr;

    OffscreenRenderer() = default;
    OffscreenRenderer(const OffscreenRenderer&) = delete;
    OffscreenRenderer& operator=(const OffscreenRenderer&) = delete;
    ~OffscreenRenderer() {
        if (renderer != nullptr) SDL_DestroyRenderer(renderer);
        if (surface != nullptr) SDL_FreeSurface(surface);
    }
};

const Theme& standard_theme() { return builtin_themes().front(); }

void layout(benchmark::State& state, const std::string& locale) {
    Language& language = fixture->languages.at(locale);
    const Screen screen = build_topic_screen(language.context(), longest_topic(*language.content));
    const LayoutMetrics metrics = metrics_for_text_size(300);
    std::size_t lines = 0;
    for (auto _ : state) {
        const ScreenLayout laid_out = layout_screen(screen, kViewport, *language.fonts, *language.breaker, metrics);
        lines = 0;
        for (const ItemBox& item : laid_out.items) lines += item.label.lines.size();
        benchmark::DoNotOptimize(laid_out);
    }
    state.counters["lines"] = static_cast<double>(lines);
    state.counters["items"] = static_cast<double>(screen.items.size());
}

// The layout cost of a run that can only be cut between characters grows with its length:
// these figures size kMaxUnbreakableRun.
void unbreakable_run(benchmark::State& state, const std::string& locale, std::size_t characters) {
    Language& language = fixture->languages.at(locale);
    Screen screen = build_topic_screen(language.context(), longest_topic(*language.content));
    Item run;
    run.label = std::string(characters, '7');
    run.role = Role::paragraph;
    run.style = ItemStyle::body;
    screen.items = {run};
    const LayoutMetrics metrics = metrics_for_text_size(300);
    std::size_t lines = 0;
    for (auto _ : state) {
        const ScreenLayout laid_out = layout_screen(screen, kViewport, *language.fonts, *language.breaker, metrics);
        lines = laid_out.items.front().label.lines.size();
        benchmark::DoNotOptimize(laid_out);
    }
    state.counters["lines"] = static_cast<double>(lines);
    state.counters["characters"] = static_cast<double>(characters);
}

Screen screen_named(const Language& language, const std::string& which) {
    return which == "home" ? build_home_screen(language.context())
                           : build_topic_screen(language.context(), longest_topic(*language.content));
}

void frame(benchmark::State& state, const std::string& locale, const std::string& which, int text_size) {
    Language& language = fixture->languages.at(locale);
    OffscreenRenderer offscreen;
    if (offscreen.renderer == nullptr) {
        state.SkipWithError(SDL_GetError());
        return;
    }
    TextTextureCache cache(offscreen.renderer, *language.fonts, kKioskCacheBudget);
    const Screen screen = screen_named(language, which);
    const ScreenLayout laid_out =
        layout_screen(screen, kViewport, *language.fonts, *language.breaker, metrics_for_text_size(text_size));
    draw_display_list(offscreen.renderer, cache, paint_screen(screen, laid_out, 0, 0, standard_theme()));  // warm
    for (auto _ : state) {
        const DisplayList list = paint_screen(screen, laid_out, 0, 0, standard_theme());
        draw_display_list(offscreen.renderer, cache, list);
        SDL_RenderPresent(offscreen.renderer);
    }
    state.counters["cache_bytes"] = static_cast<double>(cache.bytes());
}

// Every screen of the locale, every scroll page of each, into one cache.
void draw_every_screen(Language& language, SDL_Renderer* renderer, TextTextureCache& cache, int text_size) {
    std::vector<Screen> screens{build_home_screen(language.context())};
    for (const Category& category : language.content->categories) {
        screens.push_back(build_category_screen(language.context(), category.id));
    }
    for (const auto& [id, topic] : language.content->topics)
        screens.push_back(build_topic_screen(language.context(), id));
    const LayoutMetrics metrics = metrics_for_text_size(text_size);
    for (const Screen& screen : screens) {
        const ScreenLayout laid_out = layout_screen(screen, kViewport, *language.fonts, *language.breaker, metrics);
        for (int scroll = 0;; scroll += laid_out.content.h) {
            scroll = std::min(scroll, laid_out.max_scroll());
            draw_display_list(renderer, cache, paint_screen(screen, laid_out, 0, scroll, standard_theme()));
            if (scroll >= laid_out.max_scroll() || laid_out.content.h <= 0) break;
        }
    }
}

// Every screen of every locale drawn into a cache per locale, as the kiosk keeps one
// cache for the language in use. With the kiosk's budget the figure must stay within it;
// unbounded, nothing is evicted and the figure is what the whole pack would take.
void text_cache(benchmark::State& state, int text_size, std::size_t budget) {
    OffscreenRenderer offscreen;
    if (offscreen.renderer == nullptr) {
        state.SkipWithError(SDL_GetError());
        return;
    }
    std::size_t total = 0;
    std::size_t largest = 0;
    std::size_t textures = 0;
    for (auto _ : state) {
        total = largest = textures = 0;
        for (auto& [locale, language] : fixture->languages) {
            TextTextureCache cache(offscreen.renderer, *language.fonts, budget);
            draw_every_screen(language, offscreen.renderer, cache, text_size);
            total += cache.bytes();
            largest = std::max(largest, cache.bytes());
            textures += cache.entries();
        }
    }
    constexpr double kMiB = 1024.0 * 1024.0;
    state.counters["MiB_largest_locale"] = static_cast<double>(largest) / kMiB;
    state.counters["MiB_all_locales"] = static_cast<double>(total) / kMiB;
    state.counters["textures"] = static_cast<double>(textures);
}

bool load_fixture() {
    PackLoadResult loaded = load_pack(kPackDirectory);
    if (!loaded.pack) {
        std::fprintf(stderr, "text_benchmark: %s does not load; run kiosk-pack check on it\n", kPackDirectory.c_str());
        return false;
    }
    fixture = new Fixture{std::move(*loaded.pack), {}};
    for (const auto& [locale, content] : fixture->pack.locales) {
        auto strings = UiStrings::open(KIOSK_STRINGS_DIR, locale);
        if (!strings) {
            std::fprintf(stderr, "text_benchmark: %s: %s\n", locale.c_str(), strings.error().to_string().c_str());
            return false;
        }
        auto faces = locate_fonts(kFontsManifest, locale);
        if (!faces) {
            std::fprintf(stderr, "text_benchmark: %s: %s\n", locale.c_str(), faces.error().to_string().c_str());
            return false;
        }
        Language& language = fixture->languages[locale];
        language.locale = locale;
        language.content = &content;
        language.strings = std::make_unique<UiStrings>(std::move(*strings));
        language.fonts = std::make_unique<FontSet>(std::move(*faces));
        language.breaker = std::make_unique<LineBreaker>(locale);
    }
    return true;
}

void register_benchmarks() {
    for (const auto& [locale, language] : fixture->languages) {
        benchmark::RegisterBenchmark(("layout/" + locale).c_str(), layout, locale)->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("frame/" + locale + "/home").c_str(), frame, locale, "home", 100)
            ->Unit(benchmark::kMillisecond);
        for (const int size : {100, 300}) {
            benchmark::RegisterBenchmark(("frame/" + locale + "/topic/" + std::to_string(size)).c_str(), frame, locale,
                                         "topic", size)
                ->Unit(benchmark::kMillisecond);
        }
    }
    for (const std::size_t characters : {kMaxUnbreakableRun / 4, kMaxUnbreakableRun / 2, kMaxUnbreakableRun,
                                         2 * kMaxUnbreakableRun, 8 * kMaxUnbreakableRun, 32 * kMaxUnbreakableRun}) {
        const std::string name = characters == kMaxUnbreakableRun ? "limit" : std::to_string(characters);
        benchmark::RegisterBenchmark(("unbreakable_run/" + name).c_str(), unbreakable_run, "en", characters)
            ->Unit(benchmark::kMillisecond);
    }
    for (const int size : {100, 300}) {
        const std::string name = "text_cache/" + std::to_string(size);
        benchmark::RegisterBenchmark((name + "/kiosk_budget").c_str(), text_cache, size, kKioskCacheBudget)
            ->Unit(benchmark::kMillisecond)
            ->Iterations(1);
        benchmark::RegisterBenchmark((name + "/unbounded").c_str(), text_cache, size,
                                     std::numeric_limits<std::size_t>::max())
            ->Unit(benchmark::kMillisecond)
            ->Iterations(1);
    }
}

}  // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 2;
    if (TTF_Init() != 0) {
        std::fprintf(stderr, "text_benchmark: %s\n", TTF_GetError());
        return 1;
    }
    if (!load_fixture()) return 1;
    register_benchmarks();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    delete fixture;
    TTF_Quit();
    return 0;
}
