#include "pack_tool/console/preview_renderer.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/content/pack_names.h"
#include "core/ui/theme.h"
#include "pack_tool/console/child_program.h"
#include "screens/screen_catalog.h"

namespace fs = std::filesystem;

namespace kiosk {
namespace {

constexpr std::chrono::seconds kLongestDrawing{120};

bool known_shape(const std::string& shape) {
    return shape == "1920x1080" || shape == "1280x1024" || shape == "1080x1920";
}

}  // namespace

std::string preview_request_problem(const PreviewRequest& request) {
    if (!is_valid_id(request.topic)) return "no such topic";
    if (!find_theme(request.theme)) return "no theme '" + request.theme + "'";
    if (request.text_size != 100 && request.text_size != 150 && request.text_size != 200 && request.text_size != 300) {
        return "the text size is 100, 150, 200 or 300";
    }
    if (!known_shape(request.shape)) return "the screen is 1920x1080, 1280x1024 or 1080x1920";
    if (request.page < 1 || request.page > 999) return "no such page";
    return {};
}

PreviewRenderer::PreviewRenderer(std::string kiosk_program, std::string work_dir)
    : kiosk_program_(std::move(kiosk_program)), work_dir_(std::move(work_dir)) {}

Result<PreviewPicture> PreviewRenderer::render(const std::string& pack_dir, const PreviewRequest& request) {
    if (const std::string problem = preview_request_problem(request); !problem.empty()) return failure(problem);
    const std::lock_guard lock(mutex_);
    const fs::path out = fs::path(work_dir_) / "preview";
    std::error_code ec;
    fs::remove_all(out, ec);
    const auto ran =
        run_program({kiosk_program_, "--render-all", out.string(), "--pack", pack_dir, "--locales", request.locale,
                     "--themes", request.theme, "--text-sizes", std::to_string(request.text_size), "--shapes",
                     request.shape, "--screens", file_name_safe("topic-" + request.topic)},
                    {"SDL_AUDIODRIVER=dummy"}, kLongestDrawing, 1u << 20);
    if (!ran) return failure(ran.error());
    // Exit 1 means the review found something (text that does not fit): the pictures are
    // drawn all the same, and the check shows the problem.
    const fs::path folder = out / request.locale / request.theme / std::to_string(request.text_size) / request.shape;
    const std::string name = file_name_safe("topic-" + request.topic);
    PreviewPicture picture;
    while (fs::exists(folder / (name + "-p" + std::to_string(picture.pages + 1) + ".png"), ec)) ++picture.pages;
    std::ifstream in(folder / (name + "-p" + std::to_string(request.page) + ".png"), std::ios::binary);
    if (!in) {
        return failure("the kiosk drew no page " + std::to_string(request.page) + " for this topic (exit " +
                       std::to_string(ran->exit_status) + "): " + ran->err.substr(0, 2000));
    }
    std::ostringstream bytes;
    bytes << in.rdbuf();
    picture.png = bytes.str();
    return picture;
}

}  // namespace kiosk
