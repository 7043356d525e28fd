#pragma once

#include <map>
#include <optional>
#include <string>

#include "core/content/pack_error.h"
#include "core/content/pack_source.h"

namespace kiosk {

// A pack archive is one tar file that staff copy to a kiosk:
//   the pack's files at their relative paths,
//   CONTENTS.toml   the SHA-256 and size of every file, written by `kiosk-pack build`,
//   SIGNATURE       an Ed25519 signature of CONTENTS.toml, added by `kiosk-pack sign`.
inline constexpr const char* kContentsFile = "CONTENTS.toml";
inline constexpr const char* kSignatureFile = "SIGNATURE";

struct PackArchive {
    std::optional<MemorySource> source;  // the pack's own files; present when readable and intact
    std::string contents;                // CONTENTS.toml as stored
    std::optional<std::string> signature;  // SIGNATURE as stored
    PackErrors problems;
};

// Reads and checks an archive: every entry must be a plain file at a relative path inside
// the pack (no "..", no absolute paths, no links), within the size limits, and match
// CONTENTS.toml byte for byte.
PackArchive read_pack_archive(const std::string& path);

// The same reading and checks for an archive already in memory (a download, a fuzzer's
// input); `name` stands for the archive in every problem reported.
PackArchive read_pack_archive_bytes(const std::string& name, const std::string& bytes);

// Nothing when the archive carries a valid signature of its CONTENTS.toml by the key
// (hexadecimal Ed25519 public key); otherwise the reason, for the log.
std::optional<std::string> verify_archive_signature(const PackArchive& archive, const std::string& public_hex);

// CONTENTS.toml for a set of files.
std::string contents_manifest(const std::map<std::string, std::string>& files);

// Writes the files, CONTENTS.toml and (when given) SIGNATURE into a new archive at
// `path`, replacing it atomically. Returns an error message on failure.
std::optional<std::string> write_pack_archive(const std::string& path,
                                              const std::map<std::string, std::string>& files,
                                              const std::optional<std::string>& signature);

}  // namespace kiosk
