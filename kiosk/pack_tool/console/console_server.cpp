#include "pack_tool/console/console_server.h"

#include <set>

#include "pack_tool/console/console_json.h"
#include "pack_tool/console/console_services.h"
#include "pack_tool/console/console_words.h"

using nlohmann::json;

namespace kiosk {

Status listen_allowed(const ListenAddress& address, bool has_password) {
    if (address.is_loopback() || has_password) return {};
    return failure("--listen " + address.host +
                   ": any other machine could change the pack. "
                   "Give --password-file FILE (made by 'kiosk-pack hash-password -o FILE'), "
                   "or listen on 127.0.0.1");
}

namespace {

constexpr const char* kCookie = "kiosk_console";

std::string session_cookie(const std::string& id) {
    return std::string(kCookie) + "=" + id + "; Path=/; HttpOnly; SameSite=Strict";
}

}  // namespace

struct ConsoleServer::Parts {
    explicit Parts(ConsoleSettings given)
        : settings(std::move(given)),
          workspace(settings.pack_dir),
          publisher(settings.publish),
          preview(settings.kiosk_program, settings.state_dir.string()),
          services{settings, workspace, checked, publisher, preview} {}

    ConsoleSettings settings;
    ConsoleSessions sessions;
    PackWorkspace workspace;
    CheckedPack checked;
    ConsolePublisher publisher;
    PreviewRenderer preview;
    ConsoleServices services;
    httplib::Server server;
    std::set<std::string> hosts;  // Host headers of a loopback console; empty: any
    bool bound = false;

    // The browser's session, from its cookie; nothing when it has none that is open.
    std::optional<ConsoleSessions::Session> session_of(const httplib::Request& request) const {
        return sessions.find(cookie_value(request.get_header_value("Cookie"), kCookie));
    }

    httplib::Server::HandlerResponse gate(const httplib::Request& request, httplib::Response& response) {
        using Handled = httplib::Server::HandlerResponse;
        if (!hosts.empty() && hosts.count(request.get_header_value("Host")) == 0) {
            send_error(response, 403, "this console answers only to the address it listens on");
            return Handled::Handled;
        }
        if (request.path.rfind("/api/", 0) != 0) {
            if (request.method != "GET" && request.method != "HEAD") {
                send_error(response, 405, "the pages are read-only");
                return Handled::Handled;
            }
            return Handled::Unhandled;
        }
        if (request.path == "/api/session" || request.path == "/api/login" || request.path == "/api/words") {
            return Handled::Unhandled;
        }
        const auto session = session_of(request);
        if (!session) {
            send_error(response, 401, "sign in first");
            return Handled::Handled;
        }
        if (request.method != "GET" && request.method != "HEAD" &&
            !sessions.token_matches(session->id, request.get_header_value("X-CSRF-Token"))) {
            send_error(response, 403, "the request carries no valid CSRF token: reload the page");
            return Handled::Handled;
        }
        return Handled::Unhandled;
    }

    // A loopback console opens a session for whoever asks (only this machine can); a
    // console others can reach opens one only for the password.
    void session(const httplib::Request& request, httplib::Response& response) {
        auto current = session_of(request);
        if (!current && !settings.password) {
            current = sessions.open();
            response.set_header("Set-Cookie", session_cookie(current->id));
        }
        if (!current) return send_json(response, 200, {{"signed_in", false}, {"password", true}});
        send_json(response, 200,
                  {{"signed_in", true}, {"password", settings.password.has_value()}, {"csrf", current->csrf_token}});
    }

    void login(const httplib::Request& request, httplib::Response& response) {
        auto body = json_body(request, response);
        if (!body) return;
        if (!settings.password || !settings.password->matches(body->value("password", ""))) {
            return send_error(response, 403, "wrong password");
        }
        const auto opened = sessions.open();
        response.set_header("Set-Cookie", session_cookie(opened.id));
        send_json(response, 200, {{"signed_in", true}, {"csrf", opened.csrf_token}});
    }

    void words(const httplib::Request& request, httplib::Response& response) const {
        auto found = console_words(settings.strings_dir, request.get_param_value("locale"));
        if (!found) return send_error(response, 500, found.error().to_string());
        send_json(response, 200, *found);
    }

    void routes() {
        server.set_payload_max_length(settings.max_body);
        server.set_pre_routing_handler(
            [this](const httplib::Request& req, httplib::Response& res) { return gate(req, res); });
        server.set_post_routing_handler([](const httplib::Request&, httplib::Response& res) {
            res.set_header("X-Content-Type-Options", "nosniff");
            res.set_header("Referrer-Policy", "no-referrer");
            res.set_header("Content-Security-Policy",
                           "default-src 'self'; img-src 'self' blob:; media-src 'self' blob:; "
                           "frame-ancestors 'none'; form-action 'self'");
        });
        server.Get("/api/session", [this](const httplib::Request& req, httplib::Response& res) { session(req, res); });
        server.Post("/api/login", [this](const httplib::Request& req, httplib::Response& res) { login(req, res); });
        server.Get("/api/words", [this](const httplib::Request& req, httplib::Response& res) { words(req, res); });
        add_content_routes(server, services);
        add_media_routes(server, services);
        add_publish_routes(server, services);
        server.set_mount_point("/", settings.web_dir.string());
    }
};

ConsoleServer::ConsoleServer(ConsoleSettings settings) : parts_(std::make_unique<Parts>(std::move(settings))) {
    parts_->routes();
}

ConsoleServer::~ConsoleServer() { stop(); }

Result<int> ConsoleServer::bind(const ListenAddress& address) {
    if (Status allowed = listen_allowed(address, parts_->settings.password.has_value()); !allowed) {
        return failure(allowed.error());
    }
    if (Status kept = parts_->publisher.keep_starting_point(); !kept) return failure(kept.error());
    parts_->checked.update(parts_->workspace.check());
    const int port = address.port == 0 ? parts_->server.bind_to_any_port(address.host)
                                       : (parts_->server.bind_to_port(address.host, address.port) ? address.port : -1);
    if (port < 0) return failure("cannot listen on " + address.host + ":" + std::to_string(address.port));
    if (address.is_loopback()) {
        const std::string at = ":" + std::to_string(port);
        parts_->hosts = {"127.0.0.1" + at, "localhost" + at, "[::1]" + at, address.host + at};
    }
    parts_->bound = true;
    return port;
}

bool ConsoleServer::run() { return parts_->bound && parts_->server.listen_after_bind(); }

void ConsoleServer::stop() {
    if (parts_->server.is_running()) parts_->server.stop();
}

}  // namespace kiosk
