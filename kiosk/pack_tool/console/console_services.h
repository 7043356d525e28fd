#pragma once

#include <memory>
#include <mutex>

#include "core/content/pack.h"
#include "core/content/pack_error.h"
#include "pack_tool/console/console_publisher.h"
#include "pack_tool/console/pack_workspace.h"
#include "pack_tool/console/preview_renderer.h"

namespace httplib {
class Server;
}

namespace kiosk {

struct ConsoleSettings;

// The pack as last checked: its problems, and the last version that loaded without errors
// (the overview and the speech still work while staff fix a broken link).
class CheckedPack {
public:
    void update(PackLoadResult checked);
    std::shared_ptr<const Pack> good() const;
    PackErrors problems() const;

private:
    mutable std::mutex mutex_;
    std::shared_ptr<const Pack> good_;
    PackErrors problems_;
};

// What the console's routes work with.
struct ConsoleServices {
    const ConsoleSettings& settings;
    PackWorkspace& workspace;
    CheckedPack& checked;
    ConsolePublisher& publisher;
    PreviewRenderer& preview;
};

// GET /api/pack, /api/file, /api/topic, /api/check; POST /api/save.
void add_content_routes(httplib::Server& server, ConsoleServices& services);
// GET /api/preview (PNG), /api/speech; POST /api/wave (WAV).
void add_media_routes(httplib::Server& server, ConsoleServices& services);
// GET /api/changes; POST /api/publish.
void add_publish_routes(httplib::Server& server, ConsoleServices& services);

}  // namespace kiosk
