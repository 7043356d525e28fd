#include "pack_tool/console/pack_workspace.h"

#include <fstream>
#include <sstream>

#include "core/content/pack_signature.h"
#include "pack_tool/console/confined_path.h"
#include "pack_tool/durable_file.h"
#include "pack_tool/pack_reading.h"

namespace fs = std::filesystem;

namespace kiosk {

std::string file_version(const std::string& bytes) { return sha256_hex(bytes); }

PackWorkspace::PackWorkspace(fs::path root) : root_(std::move(root)) {}

Result<PackWorkspace::File> PackWorkspace::read(const std::string& relative) const {
    if (!is_editable_pack_file(relative)) return failure(Error(relative, "only .md and .toml files are edited here"));
    auto path = confined_path(root_, relative);
    if (!path) return failure(path.error());
    File file{relative};
    std::error_code ec;
    if (!fs::exists(*path, ec)) return file;
    if (!fs::is_regular_file(*path, ec)) return failure(Error(relative, "not a file"));
    std::ifstream in(*path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (!in) return failure(Error(relative, "cannot read"));
    file.exists = true;
    file.text = bytes.str();
    file.version = file_version(file.text);
    return file;
}

PackWorkspace::Saved PackWorkspace::save(const std::string& relative, const std::string& base_version,
                                         const std::string& text) {
    const std::lock_guard lock(mutex_);
    auto current = read(relative);
    if (!current) return {SaveOutcome::refused, current.error().to_string(), ""};
    if (current->version != base_version) {
        return {SaveOutcome::stale,
                relative +
                    " changed since you opened it (someone else saved it, or it was edited on disk). "
                    "Nothing was saved: reload it, then make your change again.",
                current->version};
    }
    auto path = confined_path(root_, relative);
    if (!path) return {SaveOutcome::refused, path.error().to_string(), current->version};
    std::error_code ec;
    fs::create_directories(path->parent_path(), ec);
    if (Status written = write_file_durably(path->string(), text); !written) {
        return {SaveOutcome::refused, written.error().to_string(), current->version};
    }
    return {SaveOutcome::saved, "", file_version(text)};
}

PackLoadResult PackWorkspace::check() const {
    const std::lock_guard lock(mutex_);
    return check_pack(root_.string());
}

}  // namespace kiosk
