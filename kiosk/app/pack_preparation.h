#pragma once

#include <atomic>
#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "app/pack_memory.h"
#include "core/content/pack.h"
#include "core/content/pack_archive.h"
#include "core/content/pack_loader.h"
#include "core/result.h"
#include "core/strings/ui_strings.h"
#include "platform/font_locator.h"

namespace kiosk {

// A pack with everything each of its languages needs: UI words and fonts. Made in full
// before it is shown, on a worker thread when a pack is updated, so a pack is either
// wholly ready or refused.
struct PreparedPack {
    struct Language {
        std::string locale;
        UiStrings strings;
        FontFaces faces;
        // The braille instructions as Unicode braille, a line per embossed line: shown on
        // the maintenance screen beside the print. Empty when the pack gives none.
        std::string braille_instructions;
    };
    Pack pack;
    std::vector<Language> languages;

    // What the kiosk remembers once it shows the pack (see PackMemory).
    struct Record {
        ShownPack shown;
        std::string archive;                       // the archive as read, for an archive pack
        std::map<std::string, std::string> files;  // the files, for a directory pack
    } record;
};

struct PackSettings {
    std::string path;
    std::optional<std::string> trusted_key;  // hexadecimal Ed25519 public key
    std::string strings_dir;
    std::string fonts_manifest;
    std::string state_dir;                       // empty: no memory of packs shown
    std::optional<std::string> allowed_version;  // the staff override of the version rule
};

// Why a pack is not shown, for the log, and whose fault it is.
struct PackRefusal {
    enum class Cause {
        pack,      // this pack cannot be shown; another (the last good one) may
        kiosk,     // the kiosk itself lacks something (fonts, UI strings): no pack will do
        changing,  // a directory pack is being written: try again once it is quiet
    };
    Cause cause;
    std::string reason;
};

// An archive file larger than the biggest pack, its list and tar's headers is refused unread.
inline constexpr std::uint64_t kMaxArchiveFileBytes = kMaxPackBytes + kMaxContentsBytes + kMaxArchiveEntries * 1024u;

// How long a directory pack's files must be left alone before it is read.
inline constexpr std::chrono::milliseconds kPackSettleTime{700};

// Reads, checks and prepares the pack at settings.path. An archive is read once into
// memory, its signature checked first. A directory is read only when quiet and
// consistent: no file changed in the settle time (when `require_quiet`), and the files
// the same before and after loading. Its id and version must follow the pack this kiosk
// last showed. `cancelled` stops the reading early.
Result<PreparedPack, PackRefusal> prepare_pack(const PackSettings& settings, bool require_quiet = false,
                                               const std::atomic<bool>* cancelled = nullptr);

// Records the pack as shown, and keeps it as the last good pack.
Status remember_shown(const PackSettings& settings, PreparedPack& prepared);

}  // namespace kiosk
