// Publishing from the console: what changed since the last publish, then kiosk-pack
// publish into the fleet's channel folder.

#include "pack_tool/console/console_json.h"
#include "pack_tool/console/console_services.h"

using nlohmann::json;

namespace kiosk {
namespace {

void changes(ConsoleServices& services, httplib::Response& response) {
    auto lines = services.publisher.changes();
    if (!lines) return send_error(response, 409, lines.error().to_string());
    send_json(response, 200, {{"lines", *lines}});
}

void publish(ConsoleServices& services, httplib::Response& response) {
    auto published = services.publisher.publish();
    if (!published) return send_error(response, 422, published.error().to_string());
    send_json(response, 200, {{"report", published->report}, {"archive", published->archive_path}});
}

}  // namespace

void add_publish_routes(httplib::Server& server, ConsoleServices& services) {
    server.Get("/api/changes",
               [&services](const httplib::Request&, httplib::Response& res) { changes(services, res); });
    server.Post("/api/publish",
                [&services](const httplib::Request&, httplib::Response& res) { publish(services, res); });
}

}  // namespace kiosk
