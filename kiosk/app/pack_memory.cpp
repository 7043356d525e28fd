#include "app/pack_memory.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/content/pack_archive.h"
#include "core/content/toml_fields.h"

namespace fs = std::filesystem;

namespace kiosk {
namespace {

constexpr const char* kShownFile = "shown.toml";
constexpr const char* kLastGoodFile = "last-good.kpack";

// Writes beside the target, then renames: a power cut leaves the old file or the new one.
bool replace_file(const fs::path& path, const std::string& bytes) {
    const fs::path temporary = path.string() + ".part";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out << bytes;
        out.flush();
        if (!out) return false;
    }
    std::error_code ec;
    fs::rename(temporary, path, ec);
    return !ec;
}

}  // namespace

std::string PackMemory::last_good_path() const { return (fs::path(directory_) / kLastGoodFile).string(); }

std::optional<ShownPack> PackMemory::shown() const {
    if (!enabled()) return std::nullopt;
    std::ifstream in(fs::path(directory_) / kShownFile, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    PackErrors problems;
    auto table = parse_toml(text.str(), kShownFile, 1, problems);
    if (!table) return std::nullopt;
    ShownPack shown{(*table)["id"].value_or(std::string()), (*table)["version"].value_or(std::string()),
                    (*table)["digest"].value_or(std::string())};
    if (shown.id.empty() || shown.version.empty()) return std::nullopt;
    return shown;
}

Status PackMemory::remember(const ShownPack& pack, const std::string& archive,
                            const std::map<std::string, std::string>& files) const {
    if (!enabled()) return {};
    std::error_code ec;
    fs::create_directories(directory_, ec);
    if (ec) return failure("cannot make the state directory " + directory_ + ": " + ec.message());
    if (!archive.empty()) {
        if (!replace_file(last_good_path(), archive)) return failure("cannot write " + last_good_path());
    } else if (Status written = write_pack_archive(last_good_path(), files, std::nullopt); !written) {
        return written;
    }
    std::ostringstream record;
    record << "# The newest pack this kiosk has shown; it takes no older one, and no other id.\n"
           << toml::table{{"id", pack.id}, {"version", pack.version}, {"digest", pack.digest}} << '\n';
    const fs::path shown_path = fs::path(directory_) / kShownFile;
    if (!replace_file(shown_path, record.str())) return failure("cannot write " + shown_path.string());
    return {};
}

std::string default_state_directory() {
    if (const char* state = std::getenv("XDG_STATE_HOME"); state != nullptr && *state != '\0') {
        return (fs::path(state) / "access-kiosk").string();
    }
    if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
        return (fs::path(home) / ".local/state/access-kiosk").string();
    }
    return "/var/lib/access-kiosk";
}

}  // namespace kiosk
