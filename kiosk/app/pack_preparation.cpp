#include "app/pack_preparation.h"

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <future>

#include "core/braille/braille_label.h"
#include "core/content/pack_archive.h"
#include "core/content/pack_loader.h"
#include "core/content/pack_signature.h"
#include "platform/louis_translator.h"
#include "platform/pack_machine_checks.h"
#include "screens/pack_screens.h"

namespace fs = std::filesystem;

namespace kiosk {
namespace {

constexpr std::size_t kProblemsShown = 5;

std::string summarize(const PackErrors& problems) {
    std::string text;
    std::size_t errors = 0;
    for (const auto& problem : problems) {
        if (problem.severity != Severity::error) continue;
        if (errors++ < kProblemsShown) text += (text.empty() ? "" : "; ") + problem.to_string();
    }
    if (errors > kProblemsShown) text += "; and " + std::to_string(errors - kProblemsShown) + " more";
    return text;
}

Failure<PackRefusal> refused(std::string reason, PackRefusal::Cause cause = PackRefusal::Cause::pack) {
    return failure(PackRefusal{cause, std::move(reason)});
}

using LoadedPack = Result<std::pair<PackLoadResult, PreparedPack::Record>, PackRefusal>;

// A directory pack's files as they are now, and when any of them last changed.
struct DirectorySnapshot {
    std::map<std::string, std::string> files;
    fs::file_time_type newest{};
    bool complete = true;  // false when a file could not be read or the pack is too large
};

DirectorySnapshot snapshot_of(const std::string& root) {
    DirectorySnapshot snapshot;
    std::error_code ec;
    snapshot.newest = fs::last_write_time(root, ec);
    const DirectorySource source(root);
    std::uint64_t total = 0;
    const auto names = source.all_files();
    if (names.size() > kMaxArchiveEntries) snapshot.complete = false;
    for (std::size_t i = 0; i < names.size() && snapshot.complete; ++i) {
        const fs::path path = fs::path(root) / names[i];
        snapshot.newest = std::max(snapshot.newest, fs::last_write_time(path, ec));
        snapshot.newest = std::max(snapshot.newest, fs::last_write_time(path.parent_path(), ec));
        auto bytes = source.read(names[i]);
        total += bytes ? bytes->size() : 0;
        if (!bytes || total > kMaxPackBytes) snapshot.complete = false;
        if (bytes) snapshot.files[names[i]] = std::move(*bytes);
    }
    return snapshot;
}

// The pack and its record, or why not: an archive read once from memory, signature first.
LoadedPack load_archive_file(const PackSettings& settings, const std::atomic<bool>* cancelled) {
    std::error_code ec;
    const auto size = fs::file_size(settings.path, ec);
    if (ec) return refused(settings.path + ": cannot read: " + ec.message());
    if (size > kMaxArchiveFileBytes) {
        return refused(settings.path + ": the archive is " + std::to_string(size) + " bytes; the limit is " +
                       std::to_string(kMaxArchiveFileBytes));
    }
    // One read of the size found: the archive may still be growing (a copy under way),
    // and then reads as truncated, which its checks refuse.
    std::ifstream in(settings.path, std::ios::binary);
    std::string bytes(static_cast<std::size_t>(size), '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    bytes.resize(static_cast<std::size_t>(std::max<std::streamsize>(in.gcount(), 0)));
    if (in.bad()) return refused(settings.path + ": cannot read");
    PackArchive archive = read_pack_archive_bytes(settings.path, bytes, {settings.trusted_key, cancelled});
    PackLoadResult loaded;
    if (archive.source) loaded = load_pack(*archive.source);
    loaded.problems.insert(loaded.problems.begin(), archive.problems.begin(), archive.problems.end());
    if (has_errors(loaded.problems)) loaded.pack.reset();
    PreparedPack::Record record;
    record.shown.digest = sha256_hex(archive.contents);
    record.archive = std::move(bytes);
    return std::pair{std::move(loaded), std::move(record)};
}

// A directory read only when quiet and consistent: unchanged for the settle time, and the
// same files before and after the loader read them.
LoadedPack load_directory(const PackSettings& settings, bool require_quiet) {
    const DirectorySnapshot before = snapshot_of(settings.path);
    // A time far ahead (a file copied from a machine whose clock runs fast) is no sign of
    // a write under way: such a pack would otherwise never count as quiet.
    const auto now = fs::file_time_type::clock::now();
    if (require_quiet && before.newest > now - kPackSettleTime && before.newest < now + std::chrono::seconds(1)) {
        return refused(settings.path + " changed in the last moment", PackRefusal::Cause::changing);
    }
    // The loader reads the files as the snapshot holds them rather than from disk again;
    // a pack the snapshot could not hold whole is read from disk, for the loader's errors.
    PackLoadResult loaded = settings.trusted_key || !before.complete
                                ? load_trusted_pack(settings.path, settings.trusted_key)
                                : load_pack(MemorySource(settings.path, before.files));
    const DirectorySnapshot after = snapshot_of(settings.path);
    if (before.complete && (!after.complete || after.files != before.files)) {
        return refused(settings.path + " changed while it was read", PackRefusal::Cause::changing);
    }
    PreparedPack::Record record;
    record.shown.digest = sha256_hex(contents_manifest(before.files));
    record.files = before.files;
    return std::pair{std::move(loaded), std::move(record)};
}

// Each language's braille instructions in braille, laid out as the label is embossed.
Status add_braille_instructions(const Pack& pack, std::vector<PreparedPack::Language>& languages) {
    LouisTranslator translator;
    for (PreparedPack::Language& language : languages) {
        const auto content = pack.locales.find(language.locale);
        if (content == pack.locales.end() || content->second.braille_instructions.empty()) continue;
        auto pages = braille_label(translator, content->second.braille_instructions_text(), language.locale,
                                   {BraillePageSize{}.cells_per_line, SIZE_MAX});
        if (!pages) return failure(pages.error());
        std::string text = unicode_braille_text(*pages);
        if (!text.empty() && text.back() == '\n') text.pop_back();
        language.braille_instructions = std::move(text);
    }
    return {};
}

}  // namespace

Result<PreparedPack, PackRefusal> prepare_pack(const PackSettings& settings, bool require_quiet,
                                               const std::atomic<bool>* cancelled) {
    std::error_code ec;
    const bool directory = fs::is_directory(settings.path, ec);
    if (!directory && !fs::is_regular_file(settings.path, ec)) {
        return refused(settings.path + ": pack not found (expected a directory or a pack archive)");
    }
    auto read = directory ? load_directory(settings, require_quiet) : load_archive_file(settings, cancelled);
    if (!read) return failure(read.error());
    auto& [loaded, record] = *read;
    if (!loaded.pack || has_errors(loaded.problems)) return refused(summarize(loaded.problems));

    const Manifest& manifest = loaded.pack->manifest;
    record.shown.id = manifest.id;
    record.shown.version = manifest.version;
    const PackMemory memory(settings.state_dir);
    if (Status follows = may_follow(memory.shown(), record.shown, directory, settings.allowed_version); !follows) {
        return refused(settings.path + ": refused: " + follows.error().to_string());
    }

    // The same screen check as kiosk-pack: a pack whose screens cannot all be built is
    // refused. It needs neither fonts nor fontconfig, so it runs beside their lookup.
    auto screens = std::async(std::launch::async, [&pack = *loaded.pack, &settings] {
        return check_every_screen(pack, settings.strings_dir);
    });
    // The kiosk's own fonts and words for each language, before the pack's characters are
    // checked against those fonts: a missing font is the kiosk's fault, not the pack's.
    std::vector<PreparedPack::Language> languages;
    std::map<std::string, FontFaces> faces_of;
    FontLocator fonts(settings.fonts_manifest);
    for (const auto& locale : manifest.locales) {
        auto strings = UiStrings::open(settings.strings_dir, locale);
        if (!strings)
            return refused("no UI strings for " + locale + ": " + strings.error().to_string(),
                           PackRefusal::Cause::kiosk);
        auto faces = fonts.faces(locale);
        if (!faces) {
            return refused("no fonts for " + locale + ": " + faces.error().to_string(), PackRefusal::Cause::kiosk);
        }
        faces_of.emplace(locale, *faces);
        languages.push_back({locale, std::move(*strings), std::move(*faces)});
    }
    // The same glyph check as kiosk-pack: a character the fonts lack would show as a box.
    // (Voices are not checked here: eSpeak NG belongs to the speech thread.)
    check_glyph_coverage(*loaded.pack, faces_of, loaded.problems);
    check_braille_instructions(*loaded.pack, loaded.problems);
    const PackErrors screen_problems = screens.get();
    loaded.problems.insert(loaded.problems.end(), screen_problems.begin(), screen_problems.end());
    if (has_errors(loaded.problems)) return refused(summarize(loaded.problems));
    if (Status braille = add_braille_instructions(*loaded.pack, languages); !braille) {
        return refused("braille instructions: " + braille.error().to_string(), PackRefusal::Cause::kiosk);
    }
    return PreparedPack{std::move(*loaded.pack), std::move(languages), std::move(record)};
}

Status remember_shown(const PackSettings& settings, PreparedPack& prepared) {
    PreparedPack::Record record = std::move(prepared.record);
    prepared.record = {};
    const PackMemory memory(settings.state_dir);
    // A restart with the pack it showed last: the record and the copy are already kept
    // (each written whole, by rename), so the archive is not written again.
    const auto shown = memory.shown();
    std::error_code ec;
    if (shown && shown->id == record.shown.id && shown->version == record.shown.version &&
        shown->digest == record.shown.digest && fs::is_regular_file(memory.last_good_path(), ec)) {
        return {};
    }
    return memory.remember(record.shown, record.archive, record.files);
}

}  // namespace kiosk
