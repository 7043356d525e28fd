// The pack's content in the console: the overview, files as fields, saving and the check.

#include <filesystem>

#include "core/content/pack_names.h"
#include "pack_tool/console/console_json.h"
#include "pack_tool/console/console_services.h"

using nlohmann::json;

namespace kiosk {

void CheckedPack::update(PackLoadResult checked) {
    const std::lock_guard lock(mutex_);
    problems_ = std::move(checked.problems);
    if (checked.pack) good_ = std::make_shared<const Pack>(std::move(*checked.pack));
}

std::shared_ptr<const Pack> CheckedPack::good() const {
    const std::lock_guard lock(mutex_);
    return good_;
}

PackErrors CheckedPack::problems() const {
    const std::lock_guard lock(mutex_);
    return problems_;
}

namespace {

bool is_markdown(const std::string& path) { return std::filesystem::path(path).extension() == ".md"; }

std::string topic_file(const Pack& pack, const std::string& locale, const std::string& id) {
    auto content = pack.locales.find(locale);
    const Topic* topic = content == pack.locales.end() ? nullptr : content->second.find_topic(id);
    return topic != nullptr ? topic->file : locale + "/topics/" + id + ".md";
}

// A file with its fields and the problems the last check found in it.
json file_json(const PackWorkspace::File& file, const PackErrors& problems) {
    const bool markdown = is_markdown(file.path);
    const std::vector<FileField> fields = file_fields(file.text, markdown);
    json found = json::array();
    for (const auto& problem : problems) {
        if (problem.where.file == file.path) found.push_back(problem_json(problem, &fields));
    }
    return {{"path", file.path},       {"exists", file.exists},         {"text", file.text},
            {"version", file.version}, {"fields", fields_json(fields)}, {"problems", found}};
}

int error_count(const PackErrors& problems) {
    int errors = 0;
    for (const auto& problem : problems) errors += problem.severity == Severity::error ? 1 : 0;
    return errors;
}

json topic_entry(ConsoleServices& services, const Pack& pack, const std::string& id) {
    json states = json::object();
    json titles = json::object();
    for (const auto& locale : pack.manifest.locales) {
        states[locale] = services.publisher.file_state(topic_file(pack, locale, id));
        const Topic* topic = pack.content_for(locale).find_topic(id);
        titles[locale] = topic != nullptr ? topic->title : "";
    }
    const Topic* main = pack.content_for(pack.manifest.default_locale).find_topic(id);
    return {{"id", id}, {"titles", titles}, {"states", states}, {"source", main != nullptr ? main->source : ""}};
}

void overview(ConsoleServices& services, httplib::Response& response) {
    const auto pack = services.checked.good();
    if (!pack) return send_error(response, 409, "the pack has never loaded without errors: see the check");
    const LocaleContent& main = pack->content_for(pack->manifest.default_locale);
    json categories = json::array();
    for (const auto& category : main.categories) {
        json topics = json::array();
        for (const auto& id : category.topic_ids) topics.push_back(topic_entry(services, *pack, id));
        categories.push_back({{"id", category.id}, {"title", category.title}, {"topics", topics}});
    }
    const PackErrors problems = services.checked.problems();
    send_json(response, 200,
              {{"id", pack->manifest.id},
               {"version", pack->manifest.version},
               {"title", pack->manifest.title},
               {"locales", pack->manifest.locales},
               {"default_locale", pack->manifest.default_locale},
               {"categories", categories},
               {"errors", error_count(problems)},
               {"problems", problems.size()}});
}

void topic(ConsoleServices& services, const httplib::Request& request, httplib::Response& response) {
    const std::string id = request.get_param_value("id");
    const auto pack = services.checked.good();
    if (!is_valid_id(id) || !pack) return send_error(response, 404, "no such topic");
    const PackErrors problems = services.checked.problems();
    json languages = json::array();
    for (const auto& locale : pack->manifest.locales) {
        auto file = services.workspace.read(topic_file(*pack, locale, id));
        if (!file) return send_error(response, 400, file.error().to_string());
        json entry = file_json(*file, problems);
        entry["locale"] = locale;
        entry["state"] = services.publisher.file_state(file->path);
        const Topic* shown = pack->content_for(locale).find_topic(id);
        entry["title"] = shown != nullptr ? shown->title : id;
        languages.push_back(entry);
    }
    send_json(response, 200, {{"id", id}, {"languages", languages}, {"errors", error_count(problems)}});
}

void file(ConsoleServices& services, const httplib::Request& request, httplib::Response& response) {
    auto read = services.workspace.read(request.get_param_value("path"));
    if (!read) return send_error(response, 400, read.error().to_string());
    send_json(response, 200, file_json(*read, services.checked.problems()));
}

// {path, version, text} saves the raw file; {path, version, fields: {"3": "..."}} the fields.
void save(ConsoleServices& services, const httplib::Request& request, httplib::Response& response) {
    auto body = json_body(request, response);
    if (!body) return;
    const std::string path = body->value("path", "");
    const std::string version = body->value("version", "");
    std::string text;
    if (body->contains("fields")) {
        auto current = services.workspace.read(path);
        if (!current) return send_error(response, 400, current.error().to_string());
        std::map<std::size_t, std::string> edits;
        for (const auto& [index, value] : (*body)["fields"].items()) {
            if (!value.is_string() || index.empty() || index.find_first_not_of("0123456789") != std::string::npos ||
                index.size() > 6) {
                return send_error(response, 400, "fields: give each field's number and its text");
            }
            edits[std::stoul(index)] = value.get<std::string>();
        }
        // Fields are numbered as in the version the editor loaded: a newer file is stale.
        if (current->version != version) {
            return send_json(response, 409, {{"error", "stale"}, {"version", current->version}});
        }
        auto replaced = replace_fields(current->text, is_markdown(path), edits);
        if (!replaced) {
            const auto fields = file_fields(current->text, is_markdown(path));
            return send_json(response, 422,
                             {{"error", replaced.error().message},
                              {"line", replaced.error().line},
                              {"field", field_at_line(fields, replaced.error().line)}});
        }
        text = std::move(*replaced);
    } else if (body->contains("text") && (*body)["text"].is_string()) {
        text = (*body)["text"].get<std::string>();
    } else {
        return send_error(response, 400, "give the file's text or its fields");
    }
    const PackWorkspace::Saved saved = services.workspace.save(path, version, text);
    if (saved.outcome == PackWorkspace::SaveOutcome::stale) {
        return send_json(response, 409, {{"error", "stale"}, {"message", saved.message}, {"version", saved.version}});
    }
    if (saved.outcome == PackWorkspace::SaveOutcome::refused) return send_error(response, 400, saved.message);
    services.checked.update(services.workspace.check());
    auto now = services.workspace.read(path);
    if (!now) return send_error(response, 500, now.error().to_string());
    const PackErrors problems = services.checked.problems();
    json out = file_json(*now, problems);
    out["errors"] = error_count(problems);
    out["state"] = services.publisher.file_state(path);
    send_json(response, 200, out);
}

void check(ConsoleServices& services, httplib::Response& response) {
    services.checked.update(services.workspace.check());
    json out = json::array();
    for (const auto& problem : services.checked.problems()) out.push_back(problem_json(problem, nullptr));
    send_json(response, 200, {{"problems", out}});
}

}  // namespace

void add_content_routes(httplib::Server& server, ConsoleServices& services) {
    server.Get("/api/pack", [&services](const httplib::Request&, httplib::Response& res) { overview(services, res); });
    server.Get("/api/topic",
               [&services](const httplib::Request& req, httplib::Response& res) { topic(services, req, res); });
    server.Get("/api/file",
               [&services](const httplib::Request& req, httplib::Response& res) { file(services, req, res); });
    server.Post("/api/save",
                [&services](const httplib::Request& req, httplib::Response& res) { save(services, req, res); });
    server.Get("/api/check", [&services](const httplib::Request&, httplib::Response& res) { check(services, res); });
}

}  // namespace kiosk
