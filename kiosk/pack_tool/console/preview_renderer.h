#pragma once

#include <mutex>
#include <string>

#include "core/result.h"

namespace kiosk {

// The kiosk screen a topic shows, for one language, theme, text size and screen shape.
struct PreviewRequest {
    std::string topic;
    std::string locale;
    std::string theme = "standard";
    int text_size = 100;
    std::string shape = "1920x1080";
    int page = 1;  // a topic longer than the screen has several pages, as the kiosk scrolls it
};

// One page of the preview, and how many pages the topic has.
struct PreviewPicture {
    std::string png;
    int pages = 0;
};

// Why a request names something the kiosk cannot draw, or nothing: the themes, text sizes
// and shapes `kiosk --render-all` knows.
std::string preview_request_problem(const PreviewRequest& request);

// Draws the preview with the kiosk itself (`kiosk --render-all` limited to the topic's
// screen in the request's language, theme, size and shape), so staff see exactly the kiosk's pixels; the staff
// tool links no SDL. One drawing at a time, in a folder of the console's state.
class PreviewRenderer {
public:
    PreviewRenderer(std::string kiosk_program, std::string work_dir);

    // The PNG of the requested page.
    Result<PreviewPicture> render(const std::string& pack_dir, const PreviewRequest& request);

private:
    std::string kiosk_program_;
    std::string work_dir_;
    std::mutex mutex_;
};

}  // namespace kiosk
