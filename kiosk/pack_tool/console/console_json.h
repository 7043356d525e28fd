#pragma once

#include <httplib.h>

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "core/content/pack_error.h"
#include "pack_tool/console/file_fields.h"

namespace kiosk {

// JSON in and out of the console's routes.

inline void send_json(httplib::Response& response, int status, const nlohmann::json& body) {
    response.status = status;
    response.set_header("Cache-Control", "no-store");
    response.set_content(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), "application/json");
}

inline void send_error(httplib::Response& response, int status, const std::string& message) {
    send_json(response, status, {{"error", message}});
}

// The request's JSON object, or nothing (a 400 is sent).
inline std::optional<nlohmann::json> json_body(const httplib::Request& request, httplib::Response& response) {
    auto body = nlohmann::json::parse(request.body, nullptr, false);
    if (body.is_discarded() || !body.is_object()) {
        send_error(response, 400, "the request body is not a JSON object");
        return std::nullopt;
    }
    return body;
}

// A problem as the pages show it, next to the field that holds its line when there is one.
inline nlohmann::json problem_json(const PackError& problem, const std::vector<FileField>* fields) {
    return {{"file", problem.where.file},
            {"line", problem.where.line},
            {"column", problem.where.column},
            {"severity", problem.severity == Severity::error ? "error" : "warning"},
            {"message", problem.message},
            {"text", problem.to_string()},
            {"field", fields != nullptr ? field_at_line(*fields, problem.where.line) : -1}};
}

inline nlohmann::json fields_json(const std::vector<FileField>& fields) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& field : fields) {
        out.push_back({{"kind", kind_name(field.kind)},
                       {"label", field.label},
                       {"text", field.text},
                       {"first_line", field.first_line},
                       {"last_line", field.last_line}});
    }
    return out;
}

}  // namespace kiosk
