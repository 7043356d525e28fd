#include "app/config_file.h"

#include <toml++/toml.h>
#include <CLI/CLI.hpp>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "app/closest_name.h"

namespace kiosk {
namespace {

std::string kind_of(const toml::node& node) {
    switch (node.type()) {
        case toml::node_type::string:
            return "a string";
        case toml::node_type::integer:
            return "a whole number";
        case toml::node_type::floating_point:
            return "a number with a fraction";
        case toml::node_type::boolean:
            return "true or false";
        case toml::node_type::array:
            return "a list";
        case toml::node_type::table:
            return "a table";
        default:
            return "a date or time";
    }
}

// A string or a whole number, as the command line would give it.
std::optional<std::string> plain_value(const toml::node& node) {
    if (auto text = node.value_exact<std::string>()) return *text;
    if (auto number = node.value_exact<std::int64_t>()) return std::to_string(*number);
    return std::nullopt;
}

// The option's values for a TOML value: a switch (a flag) takes true or false, a list
// option a list or a comma-separated string, any other option a string or a whole number.
Result<std::vector<std::string>> values_for(const CLI::Option& option, const toml::node& node) {
    if (option.get_expected_max() == 0) {
        if (auto on = node.value_exact<bool>()) return std::vector<std::string>{*on ? "true" : "false"};
        return failure("is a switch: it takes true or false, not " + kind_of(node));
    }
    if (auto value = plain_value(node)) return std::vector<std::string>{*value};
    const bool list = option.get_items_expected_max() > 1;
    if (list && node.is_array()) {
        std::vector<std::string> values;
        for (const auto& item : *node.as_array()) {
            auto value = plain_value(item);
            if (!value) return failure("takes a list of strings or whole numbers, not of " + kind_of(item));
            values.push_back(std::move(*value));
        }
        return values;
    }
    return failure(std::string("takes ") + (list ? "a list, " : "") + "a string in quotes or a whole number, not " +
                   kind_of(node));
}

// What an option said of a refused value, named by key: "--idle-timeout takes seconds ..."
// becomes "idle-timeout takes seconds ...".
std::string refusal_by_key(const std::string& key, const std::string& what) {
    if (what.rfind("--" + key, 0) == 0) return what.substr(2);
    return key + ": " + what;
}

Status give(CLI::Option& option, const std::string& key, const std::vector<std::string>& values) {
    try {
        for (const auto& value : values) option.add_result(value);
        option.run_callback();
    } catch (const CLI::Error& error) {
        return failure(refusal_by_key(key, error.what()));
    }
    return {};
}

std::string unknown_key(const std::string& key, const std::vector<std::string>& keys) {
    const auto meant = closest_name(key, keys);
    if (meant) return "unknown key '" + key + "'; did you mean '" + *meant + "'?";
    return "unknown key '" + key + "' (the keys are the kiosk's options, kiosk --help)";
}

// A settings file is a few lines; anything this large is not one (or is /dev/zero).
constexpr std::size_t kMaxConfigBytes = 1 << 20;

Result<std::string> read_text(const std::string& path) {
    std::error_code error;
    if (std::filesystem::is_directory(path, error)) return failure(Error(path, "is a folder, not a settings file"));
    std::ifstream in(path, std::ios::binary);
    if (!in) return failure(Error(path, std::string("cannot be read: ") + std::strerror(errno)));
    std::string text(kMaxConfigBytes + 1, '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    if (in.bad()) return failure(Error(path, std::string("cannot be read: ") + std::strerror(errno)));
    text.resize(static_cast<std::size_t>(in.gcount()));
    if (text.size() > kMaxConfigBytes)
        return failure(Error(path, "is larger than 1 MiB; it cannot be a settings file"));
    return text;
}

// One key of the file given to its option; what is wrong, if anything.
Status apply_key(const std::string& key, const toml::node& value, CLI::App& app, CLI::App& spare,
                 const std::vector<std::string>& keys, std::string& given) {
    CLI::Option* option = app.get_option_no_throw("--" + key);
    if (option == nullptr || option == app.get_help_ptr()) return failure(unknown_key(key, keys));
    if (option->get_group() == kCommandLineOnly) {
        return failure(key + " is given on the command line only, not in this file");
    }
    auto values = values_for(*option, value);
    if (!values) return failure(key + " " + values.error().message);
    CLI::Option* target = option->count() > 0 ? spare.get_option_no_throw("--" + key) : option;
    if (target == nullptr) return failure(key + " cannot be checked");
    if (Status taken = give(*target, key, *values); !taken) return taken;
    for (const auto& part : *values) given += (given.empty() ? "" : ",") + part;
    return {};
}

}  // namespace

std::string default_config_path() {
    const char* named = std::getenv("KIOSK_CONFIG");
    return named != nullptr && *named != '\0' ? named : "/etc/access-kiosk/kiosk.toml";
}

ConfigFileReading apply_config_file(const std::string& path, CLI::App& app, CLI::App& spare) {
    ConfigFileReading reading;
    const auto text = read_text(path);
    if (!text) {
        reading.problems.push_back(text.error());
        return reading;
    }
    toml::table table;
    try {
        table = toml::parse(*text, path);
    } catch (const toml::parse_error& error) {
        const auto& begin = error.source().begin;
        reading.problems.emplace_back(path, "TOML syntax: " + std::string(error.description()),
                                      static_cast<int>(begin.line), static_cast<int>(begin.column));
        return reading;
    }
    const auto keys = config_keys(app);
    for (const auto& [name, value] : table) {
        const std::string key(name.str());
        const auto& at = name.source().begin;
        std::string given;
        if (Status applied = apply_key(key, value, app, spare, keys, given); !applied) {
            reading.problems.emplace_back(path, applied.error().message, static_cast<int>(at.line),
                                          static_cast<int>(at.column));
        } else {
            reading.settings.push_back({key, given, static_cast<int>(at.line)});
        }
    }
    // toml++ keeps the keys in name order; a person reads the file top to bottom.
    std::stable_sort(reading.problems.begin(), reading.problems.end(),
                     [](const Error& a, const Error& b) { return a.line < b.line; });
    std::stable_sort(reading.settings.begin(), reading.settings.end(),
                     [](const ConfigSetting& a, const ConfigSetting& b) { return a.line < b.line; });
    return reading;
}

std::vector<std::string> option_names(const CLI::App& app) {
    std::vector<std::string> names;
    for (const CLI::Option* option : app.get_options()) {
        if (option == app.get_help_ptr() || option->get_lnames().empty()) continue;
        names.push_back(option->get_lnames().front());
    }
    return names;
}

std::vector<std::string> config_keys(const CLI::App& app) {
    std::vector<std::string> keys;
    for (const auto& name : option_names(app)) {
        if (app.get_option_no_throw("--" + name)->get_group() != kCommandLineOnly) keys.push_back(name);
    }
    return keys;
}

}  // namespace kiosk
