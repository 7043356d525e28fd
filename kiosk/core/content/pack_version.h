#pragma once

#include <optional>
#include <string>

#include "core/result.h"

namespace kiosk {

// Compares pack versions ("2.0.0", "2025.1", "1.10" > "1.9"): part by part between dots,
// numerically when both parts are numbers, otherwise as text; a version with more parts
// is the newer when the others are equal. Negative, zero or positive, as strcmp.
int compare_versions(const std::string& a, const std::string& b);

// What a kiosk has shown: the pack's id, its version, and a digest of its files.
struct ShownPack {
    std::string id;
    std::string version;
    std::string digest;  // SHA-256 of the pack's CONTENTS.toml
};

// Whether `next` may follow `shown` on a kiosk, or why not. Updates are monotonic: only
// the same pack id, and only a newer version. The same version is the same pack only
// when its files are the same (a restart); a directory pack, which staff edit in place,
// may change without a new version. `allowed_version` is the staff override: a pack of
// exactly that version is taken whatever was shown before.
Status may_follow(const std::optional<ShownPack>& shown, const ShownPack& next, bool edited_in_place,
                  const std::optional<std::string>& allowed_version);

}  // namespace kiosk
