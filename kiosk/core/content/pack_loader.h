#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/content/pack.h"
#include "core/content/pack_error.h"
#include "core/content/pack_source.h"

namespace kiosk {

struct PackLoadResult {
    std::optional<Pack> pack;  // present only when there are no errors
    PackErrors problems;       // every problem found, errors and warnings
};

// Reads and checks a pack directory:
//   pack.toml                      manifest
//   <locale>/home.toml             home screen, section headings, categories in order
//   <locale>/topics/<id>.md        one article per topic: TOML front matter between
//                                  '+++' lines, then CommonMark with '## ' sections
// A pack with any error is never returned half-loaded.
PackLoadResult load_pack(const PackSource& source);

// A directory, or a pack archive made by `kiosk-pack build`.
PackLoadResult load_pack(const std::string& path);

// As load_pack(path), but when `trusted_key` (a hexadecimal Ed25519 public key) is given,
// only a pack archive signed with that key's secret half is accepted.
PackLoadResult load_trusted_pack(const std::string& path, const std::optional<std::string>& trusted_key);

// The most a whole pack may hold: far above any real pack, far below the kiosk's memory.
inline constexpr std::uint64_t kMaxPackBytes = 32u * 1024u * 1024u;

}  // namespace kiosk
