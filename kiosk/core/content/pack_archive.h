#pragma once

#include <atomic>
#include <cstddef>
#include <map>
#include <optional>
#include <string>

#include "core/content/pack_error.h"
#include "core/content/pack_source.h"

namespace kiosk {

// A pack archive is one tar file that staff copy to a kiosk, in this order:
//   CONTENTS.toml   the SHA-256 and size of every file, written by `kiosk-pack build`,
//   SIGNATURE       an Ed25519 signature of CONTENTS.toml, added by `kiosk-pack sign`,
//   the pack's files at their relative paths.
// The order lets a reader check the signature of the list before it reads any file, and
// then read only what the signed list names, at the sizes it gives.
inline constexpr const char* kContentsFile = "CONTENTS.toml";
inline constexpr const char* kSignatureFile = "SIGNATURE";

// Limits checked before work: far above any real pack, far below what would hurt a kiosk.
inline constexpr std::size_t kMaxArchiveEntries = 10000;  // files and folders, all told
inline constexpr std::size_t kMaxContentsBytes = 1024 * 1024;
inline constexpr std::size_t kMaxSignatureBytes = 1024;

// How to read an archive.
struct ArchiveReading {
    // When given (a hexadecimal Ed25519 public key), CONTENTS.toml must carry a valid
    // signature by it, checked before any file of the pack is read.
    std::optional<std::string> trusted_key;
    // Set from another thread to stop reading early (the kiosk is shutting down).
    const std::atomic<bool>* cancelled = nullptr;
};

struct PackArchive {
    std::optional<MemorySource> source;    // the pack's own files; present when readable and intact
    std::string contents;                  // CONTENTS.toml as stored
    std::optional<std::string> signature;  // SIGNATURE as stored
    PackErrors problems;
};

// Reads and checks an archive: CONTENTS.toml comes first (then SIGNATURE, verified at
// once when a key is trusted); every later entry must be a plain file at a relative path
// inside the pack (no "..", no absolute paths, no links), listed in CONTENTS.toml at the
// size it gives, within the limits, and match its SHA-256. Reading stops at the first
// problem that makes the rest untrustworthy, so a hostile archive costs little.
PackArchive read_pack_archive(const std::string& path, const ArchiveReading& how = {});

// The same reading and checks for an archive already in memory (a download, a fuzzer's
// input); `name` stands for the archive in every problem reported.
PackArchive read_pack_archive_bytes(const std::string& name, const std::string& bytes, const ArchiveReading& how = {});

// Success when the archive carries a valid signature of its CONTENTS.toml by the key
// (hexadecimal Ed25519 public key); otherwise the reason, for the log.
Status verify_archive_signature(const PackArchive& archive, const std::string& public_hex);

// CONTENTS.toml for a set of files.
std::string contents_manifest(const std::map<std::string, std::string>& files);

// Writes the files, CONTENTS.toml and (when given) SIGNATURE into a new archive at
// `path`, replacing it atomically, or says why it could not.
Status write_pack_archive(const std::string& path, const std::map<std::string, std::string>& files,
                          const std::optional<std::string>& signature);

}  // namespace kiosk
