#pragma once

#include <map>
#include <optional>
#include <string>

#include "core/content/pack.h"
#include "core/content/pack_archive.h"
#include "core/content/pack_loader.h"
#include "core/result.h"

namespace kiosk {

// Loads a pack, directory or archive, and runs every check `kiosk-pack check` runs: the
// pack (when it loads) and every problem found, as path:line:col within the pack.
PackLoadResult check_pack(const std::string& path);

// Loads a pack, directory or archive, and runs every check `kiosk-pack check` runs;
// prints each problem as path:line:col and a count. True when there are no errors; then
// `loaded`, when given, receives the pack.
bool check_and_report(const std::string& path, std::optional<Pack>* loaded = nullptr);

// Reads an archive, printing its problems; nothing when it is not intact.
std::optional<PackArchive> intact_archive(const std::string& path, const ArchiveReading& how = {});

// Every file of a pack directory or archive by relative path, as an archive holds them
// (without CONTENTS.toml and SIGNATURE).
Result<std::map<std::string, std::string>> pack_files(const std::string& path);

}  // namespace kiosk
