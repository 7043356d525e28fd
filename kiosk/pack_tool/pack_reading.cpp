#include "pack_tool/pack_reading.h"

#include <chrono>
#include <cstdio>
#include <filesystem>

#include "core/content/pack_loader.h"
#include "core/content/review_date.h"
#include "core/content/spoken_number_check.h"
#include "pack_tool/polyphone_check.h"
#include "platform/data_directory.h"
#include "platform/pack_machine_checks.h"
#include "screens/pack_screens.h"

namespace kiosk {
namespace {

// Problems in a directory pack name files relative to it: show them with the path staff
// typed. Archive problems already name the archive.
std::string prefixed(const std::string& root, const PackError& problem) {
    std::error_code ec;
    if (!std::filesystem::is_directory(root, ec) || problem.where.file == root) return problem.to_string();
    return root + "/" + problem.to_string();
}

}  // namespace

PackLoadResult check_pack(const std::string& path) {
    PackLoadResult result = load_pack(path);
    if (result.pack) {
        const DataDirectory data = DataDirectory::locate();
        check_glyph_coverage(*result.pack, data.fonts_manifest(), result.problems);
        check_voices(*result.pack, data.strings_dir(), result.problems);
        check_braille_instructions(*result.pack, result.problems);
        const PackErrors unread = spoken_number_warnings(*result.pack);
        result.problems.insert(result.problems.end(), unread.begin(), unread.end());
        const PackErrors screens = check_every_screen(*result.pack, data.strings_dir());
        result.problems.insert(result.problems.end(), screens.begin(), screens.end());
        const auto today = local_iso_date(std::chrono::system_clock::now());
        if (auto warning = review_date_warning(result.pack->manifest, today)) result.problems.push_back(*warning);
        check_polyphonic_words(path, *result.pack, result.problems);
    }
    return result;
}

bool check_and_report(const std::string& path, std::optional<Pack>* loaded) {
    PackLoadResult result = check_pack(path);
    int errors = 0, warnings = 0;
    for (const auto& problem : result.problems) {
        std::printf("%s\n", prefixed(path, problem).c_str());
        (problem.severity == Severity::error ? errors : warnings)++;
    }
    const bool ok = errors == 0;
    std::fprintf(stderr, "%s: %d error(s), %d warning(s)\n", path.c_str(), errors, warnings);
    if (ok && loaded != nullptr) *loaded = std::move(result.pack);
    return ok;
}

std::optional<PackArchive> intact_archive(const std::string& path, const ArchiveReading& how) {
    PackArchive archive = read_pack_archive(path, how);
    for (const auto& problem : archive.problems) std::printf("%s\n", problem.to_string().c_str());
    if (!archive.source) return std::nullopt;
    return archive;
}

Result<std::map<std::string, std::string>> pack_files(const std::string& path) {
    std::error_code ec;
    std::optional<PackArchive> archive;
    std::optional<DirectorySource> directory;
    const PackSource* source = nullptr;
    if (std::filesystem::is_directory(path, ec)) {
        source = &directory.emplace(path);
    } else {
        archive = intact_archive(path);
        if (!archive) return failure(Error(path, "the archive is not intact"));
        source = &*archive->source;
    }
    std::map<std::string, std::string> files;
    for (const auto& name : source->all_files()) {
        auto bytes = source->read(name);
        if (!bytes) return failure(Error(path + "/" + name, bytes.error().message));
        files[name] = std::move(*bytes);
    }
    return files;
}

}  // namespace kiosk
