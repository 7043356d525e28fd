#include "core/content/pack_archive.h"

#include <archive.h>
#include <archive_entry.h>

#include <functional>
#include <memory>
#include <set>

#include "core/content/pack_loader.h"
#include "core/content/pack_signature.h"
#include "core/content/text_file.h"
#include "core/content/toml_fields.h"

namespace kiosk {
namespace {

// Enough to tell staff what is wrong; a hostile archive gets no more of the kiosk's time.
constexpr std::size_t kMaxProblemsReported = 20;

struct ReaderDeleter {
    void operator()(archive* a) const { archive_read_free(a); }
};

// Whether an entry name can be part of a pack, or why not.
Status check_entry_path(const std::string& name) {
    if (name.empty()) return failure("an entry has no name");
    if (name.front() == '/' || name.find(':') != std::string::npos) return failure("absolute path");
    if (name.find('\\') != std::string::npos) return failure("backslash in path");
    std::size_t start = 0;
    while (start <= name.size()) {
        const std::size_t end = std::min(name.find('/', start), name.size());
        if (name.compare(start, end - start, "..") == 0) return failure("path leads outside the pack ('..')");
        start = end + 1;
    }
    return {};
}

// libarchive leaves the message unset for some failures; std::string must never see a null.
std::string error_text(archive* a) {
    const char* text = archive_error_string(a);
    return text != nullptr ? text : "unknown error";
}

std::string entry_name(archive_entry* entry) {
    std::string name = archive_entry_pathname(entry) ? archive_entry_pathname(entry) : "";
    while (name.rfind("./", 0) == 0) name.erase(0, 2);
    return name;
}

// A file as CONTENTS.toml lists it.
struct Listed {
    std::uint64_t bytes = 0;
    std::string sha256;
    bool seen = false;
};

// Hands libarchive the archive's bytes: from a file, or from a buffer in memory. Only this
// differs between the two readers, so both get exactly the same checks.
using ArchiveOpener = std::function<int(archive*)>;

// Reads an archive front to back in one pass: CONTENTS.toml, SIGNATURE (verified before
// anything else when a key is trusted), then only the files the list names.
class ArchiveReader {
public:
    // `path` names the archive in every problem reported.
    ArchiveReader(std::string path, ArchiveOpener open, const ArchiveReading& how)
        : path_(std::move(path)), open_(std::move(open)), how_(how) {}

    PackArchive read() {
        std::unique_ptr<archive, ReaderDeleter> reader(archive_read_new());
        archive_read_support_format_tar(reader.get());
        archive_read_support_filter_gzip(reader.get());
        if (open_(reader.get()) != ARCHIVE_OK) {
            return fail("cannot open as a pack archive: " + error_text(reader.get()));
        }
        archive_entry* entry = nullptr;
        int status = ARCHIVE_OK;
        std::size_t entries = 0;
        while ((status = archive_read_next_header(reader.get(), &entry)) == ARCHIVE_OK) {
            if (how_.cancelled != nullptr && how_.cancelled->load())
                return fail("reading stopped: the kiosk is closing");
            if (++entries > kMaxArchiveEntries) {
                return fail("refused: more than " + std::to_string(kMaxArchiveEntries) + " entries");
            }
            if (!take_entry(reader.get(), entry)) return finish();
            if (result_.problems.size() >= kMaxProblemsReported) return finish();
        }
        if (status != ARCHIVE_EOF) return fail("archive is damaged or truncated: " + error_text(reader.get()));
        if (!listed_) {
            report(kContentsFile, "missing: make pack archives with 'kiosk-pack build'");
            return finish();
        }
        if (!ready_for_files()) return finish();
        for (const auto& [name, file] : listed_files_) {
            if (!file.seen) report(name, "listed in CONTENTS.toml but missing from the archive");
        }
        return finish();
    }

private:
    PackArchive fail(std::string message) {
        result_.problems.push_back({{path_, 0, 0}, Severity::error, std::move(message)});
        return finish();
    }

    PackArchive finish() {
        if (!has_errors(result_.problems)) result_.source.emplace(path_, std::move(files_));
        return std::move(result_);
    }

    void report(const std::string& name, std::string message) {
        result_.problems.push_back({{path_ + ":" + name, 0, 0}, Severity::error, std::move(message)});
    }

    // False when reading must stop: the archive is broken, or what follows cannot be trusted.
    bool take_entry(archive* reader, archive_entry* entry) {
        const std::string name = entry_name(entry);
        const auto type = archive_entry_filetype(entry);
        if (type == AE_IFDIR) return true;
        if (const Status path = check_entry_path(name); !path) {
            report(name, "refused: " + path.error().to_string());
            return false;
        }
        if (type != AE_IFREG || archive_entry_hardlink(entry) != nullptr) {
            report(name, "refused: only plain files may be in a pack (no links or devices)");
            return false;
        }
        const la_int64_t size = archive_entry_size(entry);
        if (!listed_) return take_contents(reader, name, size);
        if (name == kSignatureFile && !result_.signature && !listing_parsed_) return take_signature(reader, size);
        if (!ready_for_files()) return false;
        return take_file(reader, name, size);
    }

    // The archive's first file must be the list of the others.
    bool take_contents(archive* reader, const std::string& name, la_int64_t size) {
        if (name != kContentsFile) {
            report(kContentsFile, "must be the archive's first entry: make pack archives with 'kiosk-pack build'");
            return false;
        }
        if (size < 0 || static_cast<std::uint64_t>(size) > kMaxContentsBytes) {
            report(name, "is " + std::to_string(size) + " bytes; the limit is " + std::to_string(kMaxContentsBytes));
            return false;
        }
        auto bytes = read_data(reader, name, size);
        if (!bytes) return false;
        result_.contents = std::move(*bytes);
        listed_ = true;
        return true;
    }

    bool take_signature(archive* reader, la_int64_t size) {
        if (size < 0 || static_cast<std::uint64_t>(size) > kMaxSignatureBytes) {
            report(kSignatureFile,
                   "is " + std::to_string(size) + " bytes; a signature is under " + std::to_string(kMaxSignatureBytes));
            return false;
        }
        auto bytes = read_data(reader, kSignatureFile, size);
        if (!bytes) return false;
        result_.signature = std::move(*bytes);
        return true;
    }

    // With a trusted key, nothing past CONTENTS.toml and SIGNATURE is parsed or read until
    // the signature of the list is known to be good. False when it is not, or when the
    // list itself is unacceptable.
    bool ready_for_files() {
        if (listing_parsed_) return true;
        listing_parsed_ = true;
        if (how_.trusted_key) {
            if (Status verified = verify_archive_signature(result_, *how_.trusted_key); !verified) {
                result_.problems.push_back({{path_, 0, 0}, Severity::error, "refused: " + verified.error().message});
                return false;
            }
        }
        return parse_listing();
    }

    bool take_file(archive* reader, const std::string& name, la_int64_t size) {
        auto it = listed_files_.find(name);
        if (it == listed_files_.end()) {
            report(name, "not listed in CONTENTS.toml: added after the pack was built");
            return true;
        }
        if (it->second.seen) {
            report(name, "appears twice in the archive");
            return false;
        }
        it->second.seen = true;
        if (size < 0 || static_cast<std::uint64_t>(size) != it->second.bytes) {
            report(name, "changed after the pack was built (its size does not match CONTENTS.toml)");
            return true;
        }
        auto bytes = read_data(reader, name, size);
        if (!bytes) return false;
        if (sha256_hex(*bytes) != it->second.sha256) {
            report(name, "changed after the pack was built (its SHA-256 does not match CONTENTS.toml)");
        }
        files_[name] = std::move(*bytes);
        return true;
    }

    std::optional<std::string> read_data(archive* reader, const std::string& name, la_int64_t size) {
        std::string bytes(static_cast<std::size_t>(size), '\0');
        const auto got = archive_read_data(reader, bytes.data(), bytes.size());
        if (got < 0 || static_cast<std::size_t>(got) != bytes.size()) {
            report(name, "archive is damaged or truncated here");
            return std::nullopt;
        }
        return bytes;
    }

    // The list, checked whole before any file is read: safe names, each once, within the
    // size limits, and not too many.
    bool parse_listing() {
        PackErrors toml_problems;
        auto table = parse_toml(result_.contents, path_ + ":" + kContentsFile, 1, toml_problems);
        result_.problems.insert(result_.problems.end(), toml_problems.begin(), toml_problems.end());
        if (!table) return false;
        const toml::array* entries = (*table)["file"].as_array();
        if (entries == nullptr) {
            report(kContentsFile, "lists no files ([[file]] tables): make pack archives with 'kiosk-pack build'");
            return false;
        }
        if (entries->size() > kMaxArchiveEntries) {
            report(kContentsFile, "lists more than " + std::to_string(kMaxArchiveEntries) + " files");
            return false;
        }
        std::uint64_t total = 0;
        for (const auto& element : *entries) {
            const toml::table* file = element.as_table();
            const std::string name = file ? (*file)["path"].value_or(std::string()) : std::string();
            const std::int64_t bytes = file ? (*file)["bytes"].value_or(std::int64_t{-1}) : -1;
            const std::string hash = file ? (*file)["sha256"].value_or(std::string()) : std::string();
            if (const Status path = check_entry_path(name); !path) {
                report(kContentsFile, "lists '" + name + "': " + path.error().to_string());
                return false;
            }
            if (bytes < 0 || static_cast<std::uint64_t>(bytes) > kMaxPackFileBytes) {
                report(name, "listed at " + std::to_string(bytes) + " bytes; the limit is " +
                                 std::to_string(kMaxPackFileBytes));
                return false;
            }
            total += static_cast<std::uint64_t>(bytes);
            if (total > kMaxPackBytes) {
                report(kContentsFile, "the pack is larger than " + std::to_string(kMaxPackBytes) + " bytes");
                return false;
            }
            if (!listed_files_.emplace(name, Listed{static_cast<std::uint64_t>(bytes), hash, false}).second) {
                report(kContentsFile, "lists '" + name + "' twice");
                return false;
            }
        }
        return true;
    }

    std::string path_;
    ArchiveOpener open_;
    const ArchiveReading& how_;
    PackArchive result_;
    bool listed_ = false;          // CONTENTS.toml has been read
    bool listing_parsed_ = false;  // ... and its signature checked and its list taken
    std::map<std::string, Listed> listed_files_;
    std::map<std::string, std::string> files_;
};

}  // namespace

PackArchive read_pack_archive(const std::string& path, const ArchiveReading& how) {
    return ArchiveReader(
               path, [&path](archive* a) { return archive_read_open_filename(a, path.c_str(), 64 * 1024); }, how)
        .read();
}

PackArchive read_pack_archive_bytes(const std::string& name, const std::string& bytes, const ArchiveReading& how) {
    // libarchive reads the caller's buffer in place, without a copy: `bytes` outlives the reader.
    return ArchiveReader(
               name, [&bytes](archive* a) { return archive_read_open_memory(a, bytes.data(), bytes.size()); }, how)
        .read();
}

Status verify_archive_signature(const PackArchive& archive, const std::string& public_hex) {
    if (!archive.signature) return failure("the pack is not signed (sign it with 'kiosk-pack sign')");
    return verify_message(archive.contents, *archive.signature, public_hex);
}

}  // namespace kiosk
