#include "app/render_all.h"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <utility>

#include "app/contact_sheet.h"
#include "app/screen_review.h"
#include "core/ui/frame_checks.h"
#include "core/ui/screen_pages.h"
#include "core/ui/screen_painter.h"
#include "platform/offscreen_canvas.h"
#include "platform/sdl_painter.h"
#include "platform/text_texture_cache.h"

namespace fs = std::filesystem;

namespace kiosk {
namespace {

constexpr std::size_t kTextCacheBytes = 64u * 1024u * 1024u;

class Renderer {
public:
    explicit Renderer(fs::path dir) : dir_(std::move(dir)) {}

    void screen(const ReviewedScreen& reviewed) {
        ++screens_;
        report(reviewed.name(), {}, check_layout(reviewed.entry.screen, reviewed.layout, reviewed.fonts));
        report(reviewed.name(), {}, check_contrast(reviewed.theme));
        const std::vector<ScreenPage> pages = screen_pages(reviewed.layout);
        for (std::size_t p = 0; p < pages.size(); ++p) page(reviewed, pages[p], p + 1);
    }

    Status finish() const { return write_contact_sheet((dir_ / "index.html").string(), pictures_, problems_); }

    bool failed() const { return !error_.empty(); }
    const std::string& error() const { return error_; }
    std::size_t screens() const { return screens_; }
    std::size_t pictures() const { return pictures_.size(); }
    std::size_t problems() const { return problems_.size(); }
    const std::map<std::string, std::size_t>& kinds() const { return kinds_; }

private:
    void page(const ReviewedScreen& reviewed, const ScreenPage& page, std::size_t number) {
        if (failed()) return;
        const Screen& screen = reviewed.entry.screen;
        const DisplayList list = paint_screen(screen, reviewed.layout, page.focus, page.scroll, reviewed.theme);
        const std::string name = reviewed.entry.name + "-p" + std::to_string(number);
        const std::string file = reviewed.folder() + "/" + name + ".png";
        report(reviewed.folder() + "/" + name, file, check_display_list(reviewed.layout, list, reviewed.fonts));

        OffscreenCanvas* canvas = canvas_for(reviewed.shape);
        if (canvas == nullptr) return;
        draw_display_list(canvas->renderer(), text_for(reviewed, *canvas), list);
        const fs::path folder = dir_ / reviewed.folder();
        std::error_code made;
        fs::create_directories(folder, made);
        if (made) {
            error_ = "cannot make " + folder.string() + ": " + made.message();
            return;
        }
        if (Status saved = canvas->save_png((dir_ / file).string()); !saved) {
            error_ = saved.error().to_string();
            return;
        }
        pictures_.push_back({reviewed.folder(), file, name, reviewed.shape});
    }

    // Each problem once per screen (or page), however many pages or themes show it.
    void report(const std::string& where, const std::string& file, const std::vector<FrameProblem>& found) {
        for (const FrameProblem& problem : found) {
            const std::string line = where + ": " + problem.what + ": \"" + problem.text + "\"";
            if (!reported_.insert(line).second) continue;
            std::fprintf(stderr, "%s\n", line.c_str());
            problems_.push_back({where, problem.what, problem.text, file});
            ++kinds_[problem.what];
        }
    }

    OffscreenCanvas* canvas_for(Size shape) {
        auto& canvas = canvases_[{shape.w, shape.h}];
        if (canvas) return canvas.get();
        auto made = OffscreenCanvas::create(shape);
        if (!made) {
            error_ = made.error().to_string();
            return nullptr;
        }
        canvas = std::move(*made);
        return canvas.get();
    }

    // Textures belong to one renderer and one language's fonts: a new language starts
    // every cache afresh.
    TextTextureCache& text_for(const ReviewedScreen& reviewed, OffscreenCanvas& canvas) {
        if (reviewed.locale != text_locale_) {
            text_.clear();
            text_locale_ = reviewed.locale;
        }
        auto& cache = text_[canvas.renderer()];
        if (!cache) cache = std::make_unique<TextTextureCache>(canvas.renderer(), reviewed.fonts, kTextCacheBytes);
        return *cache;
    }

    fs::path dir_;
    std::string error_;
    std::size_t screens_ = 0;
    std::vector<SheetPicture> pictures_;
    std::vector<SheetProblem> problems_;
    std::map<std::string, std::size_t> kinds_;
    std::set<std::string> reported_;
    // Declared before the text caches, so their textures go before their renderers.
    std::map<std::pair<int, int>, std::unique_ptr<OffscreenCanvas>> canvases_;
    std::string text_locale_;
    std::map<SDL_Renderer*, std::unique_ptr<TextTextureCache>> text_;
};

int fail(const std::string& message) {
    std::fprintf(stderr, "kiosk: %s\n", message.c_str());
    return 1;
}

}  // namespace

int render_all(const Options& options) {
    const auto started = std::chrono::steady_clock::now();
    const fs::path dir = options.render_all_dir;
    std::error_code made;
    fs::create_directories(dir, made);
    if (made) return fail("cannot make " + dir.string() + ": " + made.message());

    Renderer renderer(dir);
    const int status = review_every_screen(options, [&](const ReviewedScreen& reviewed) { renderer.screen(reviewed); });
    if (status != 0) return status;
    if (renderer.failed()) return fail(renderer.error());
    if (Status written = renderer.finish(); !written) return fail(written.error().to_string());

    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - started;
    std::printf("render-all: %zu screens, %zu PNGs, %zu problems, %.1f s; see %s\n", renderer.screens(),
                renderer.pictures(), renderer.problems(), took.count(), (dir / "index.html").c_str());
    for (const auto& [what, count] : renderer.kinds()) std::printf("%10zu %s\n", count, what.c_str());
    return renderer.problems() == 0 ? 0 : 1;
}

}  // namespace kiosk
