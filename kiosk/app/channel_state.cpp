#include "app/channel_state.h"

#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>

#include "app/fleet_metrics.h"
#include "core/content/toml_fields.h"

namespace fs = std::filesystem;

namespace kiosk {
namespace {

constexpr const char* kStateFile = "channel-state.toml";

std::string state_file(const std::string& state_dir) {
    return (fs::path(updates_directory(state_dir)) / kStateFile).string();
}

}  // namespace

std::string updates_directory(const std::string& state_dir) { return (fs::path(state_dir) / "updates").string(); }

std::string downloaded_pack_path(const std::string& state_dir) {
    return (fs::path(updates_directory(state_dir)) / "pack.kpack").string();
}

std::optional<InstalledFromChannel> read_channel_state(const std::string& state_dir) {
    std::ifstream in(state_file(state_dir), std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    PackErrors problems;
    const auto table = parse_toml(text.str(), kStateFile, 1, problems);
    if (!table) return std::nullopt;
    const std::int64_t sequence = (*table)["sequence"].value_or(std::int64_t{-1});
    InstalledFromChannel state;
    state.channel = (*table)["channel"].value_or(std::string());
    state.installed.pack_id = (*table)["pack_id"].value_or(std::string());
    state.version = (*table)["version"].value_or(std::string());
    state.archive_sha256 = (*table)["archive_sha256"].value_or(std::string());
    if (sequence < 0 || state.channel.empty() || state.installed.pack_id.empty()) return std::nullopt;
    state.installed.sequence = static_cast<std::uint64_t>(sequence);
    return state;
}

Status write_channel_state(const std::string& state_dir, const InstalledFromChannel& state) {
    if (state.installed.sequence > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
        return failure("sequence " + std::to_string(state.installed.sequence) + " is too large to record");
    }
    std::ostringstream record;
    record << "# The pack this kiosk installed from its channel; it takes only a greater sequence.\n"
           << toml::table{{"channel", state.channel},
                          {"pack_id", state.installed.pack_id},
                          {"sequence", static_cast<std::int64_t>(state.installed.sequence)},
                          {"version", state.version},
                          {"archive_sha256", state.archive_sha256}}
           << '\n';
    std::error_code ec;
    fs::create_directories(updates_directory(state_dir), ec);
    if (ec) return failure("cannot make " + updates_directory(state_dir) + ": " + ec.message());
    return write_atomically(state_file(state_dir), record.str());
}

}  // namespace kiosk
