#pragma once

#include <map>
#include <optional>
#include <string>

#include "core/content/pack_version.h"
#include "core/result.h"

namespace kiosk {

// What this kiosk has shown, kept on disk in its state directory so a restart remembers:
//   shown.toml        the id, version and digest of the newest pack shown
//   last-good.kpack   that pack as one archive, to fall back on at start-up
// An empty directory name remembers nothing (reviews, which show no one anything).
class PackMemory {
public:
    explicit PackMemory(std::string directory) : directory_(std::move(directory)) {}

    bool enabled() const { return !directory_.empty(); }
    const std::string& directory() const { return directory_; }
    std::string last_good_path() const;

    // The pack last recorded as shown; nothing when none was, or the record is unreadable.
    std::optional<ShownPack> shown() const;

    // Records `pack` as shown and keeps it as the last good pack: `archive` is the archive
    // as read, or, when empty, one is made from `files`. Each file is replaced whole.
    // Fails with what went wrong.
    Status remember(const ShownPack& pack, const std::string& archive,
                    const std::map<std::string, std::string>& files) const;

private:
    std::string directory_;
};

// Where the kiosk keeps its state unless told: $XDG_STATE_HOME/access-kiosk, or
// ~/.local/state/access-kiosk.
std::string default_state_directory();

}  // namespace kiosk
