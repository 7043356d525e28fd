#pragma once

#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <string>

#include "core/content/pack_loader.h"
#include "core/result.h"

namespace kiosk {

// A pack folder staff edit through the console: its text files read with the version they
// were read at, and written whole, atomically, only over the version the editor loaded.
// One save or check at a time.
class PackWorkspace {
public:
    explicit PackWorkspace(std::filesystem::path root);

    const std::filesystem::path& root() const { return root_; }

    struct File {
        std::string path;  // relative to the pack
        bool exists = false;
        std::string text;
        std::string version;  // SHA-256 of the bytes; "" for a file that does not exist
    };

    // A pack text file by its path in the pack (confined to the pack).
    Result<File> read(const std::string& relative) const;

    enum class SaveOutcome { saved, stale, refused };
    struct Saved {
        SaveOutcome outcome = SaveOutcome::refused;
        std::string message;  // why not, for staff
        std::string version;  // the file's version now
    };

    // Writes `text` to the file when its current version is `base_version` (the version
    // the editor loaded; "" for a new file). A file changed meanwhile is left as it is.
    Saved save(const std::string& relative, const std::string& base_version, const std::string& text);

    // Every problem `kiosk-pack check` reports, as the pack is on disk now.
    PackLoadResult check() const;

private:
    std::filesystem::path root_;
    mutable std::mutex mutex_;
};

// The version of file bytes: their SHA-256 in hex.
std::string file_version(const std::string& bytes);

}  // namespace kiosk
