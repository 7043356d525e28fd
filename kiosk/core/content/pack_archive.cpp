#include "core/content/pack_archive.h"

#include <archive.h>
#include <archive_entry.h>
#include <sodium.h>

#include <cstdio>
#include <filesystem>
#include <functional>
#include <memory>
#include <set>
#include <sstream>

#include "core/content/pack_loader.h"
#include "core/content/pack_signature.h"
#include "core/content/text_file.h"
#include "core/content/toml_fields.h"

namespace kiosk {
namespace {

struct ReaderDeleter {
    void operator()(archive* a) const { archive_read_free(a); }
};
struct WriterDeleter {
    void operator()(archive* a) const { archive_write_free(a); }
};

std::string sha256_hex(const std::string& bytes) {
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    char hex[2 * crypto_hash_sha256_BYTES + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return hex;
}

// Why an entry name cannot be part of a pack, or nothing when it is fine.
std::optional<std::string> unsafe_path(const std::string& name) {
    if (name.empty()) return "an entry has no name";
    if (name.front() == '/' || name.find(':') != std::string::npos) return "absolute path";
    if (name.find('\\') != std::string::npos) return "backslash in path";
    std::size_t start = 0;
    while (start <= name.size()) {
        const std::size_t end = std::min(name.find('/', start), name.size());
        if (name.compare(start, end - start, "..") == 0) return "path leads outside the pack ('..')";
        start = end + 1;
    }
    return std::nullopt;
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

// Hands libarchive the archive's bytes: from a file, or from a buffer in memory. Only this
// differs between the two readers, so both get exactly the same checks.
using ArchiveOpener = std::function<int(archive*)>;

class ArchiveReader {
public:
    // `path` names the archive in every problem reported.
    ArchiveReader(std::string path, ArchiveOpener open) : path_(std::move(path)), open_(std::move(open)) {}

    PackArchive read() {
        std::unique_ptr<archive, ReaderDeleter> reader(archive_read_new());
        archive_read_support_format_tar(reader.get());
        archive_read_support_filter_gzip(reader.get());
        if (open_(reader.get()) != ARCHIVE_OK) {
            return fail("cannot open as a pack archive: " + error_text(reader.get()));
        }
        archive_entry* entry = nullptr;
        int status = ARCHIVE_OK;
        while ((status = archive_read_next_header(reader.get(), &entry)) == ARCHIVE_OK) {
            if (!take_entry(reader.get(), entry)) return finish();
        }
        if (status != ARCHIVE_EOF) {
            return fail("archive is damaged or truncated: " + error_text(reader.get()));
        }
        check_contents();
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

    // False when reading must stop (the archive itself is broken).
    bool take_entry(archive* reader, archive_entry* entry) {
        const std::string name = entry_name(entry);
        const auto type = archive_entry_filetype(entry);
        if (type == AE_IFDIR) return true;
        if (auto why = unsafe_path(name)) {
            report(name, "refused: " + *why);
            return archive_read_data_skip(reader) == ARCHIVE_OK;
        }
        if (type != AE_IFREG || archive_entry_hardlink(entry) != nullptr) {
            report(name, "refused: only plain files may be in a pack (no links or devices)");
            return archive_read_data_skip(reader) == ARCHIVE_OK;
        }
        const auto size = archive_entry_size(entry);
        total_ += static_cast<std::uint64_t>(std::max<la_int64_t>(size, 0));
        if (size < 0 || static_cast<std::uint64_t>(size) > kMaxPackFileBytes) {
            report(name, "file is " + std::to_string(size) + " bytes; the limit is " + std::to_string(kMaxPackFileBytes));
            return archive_read_data_skip(reader) == ARCHIVE_OK;
        }
        if (total_ > kMaxPackBytes) {
            report(name, "the pack is larger than " + std::to_string(kMaxPackBytes) + " bytes");
            return false;
        }
        std::string bytes(static_cast<std::size_t>(size), '\0');
        const auto got = archive_read_data(reader, bytes.data(), bytes.size());
        if (got < 0 || static_cast<std::size_t>(got) != bytes.size()) {
            report(name, "archive is damaged or truncated here");
            return false;
        }
        if (files_.count(name) != 0) report(name, "appears twice in the archive");
        store(name, std::move(bytes));
        return true;
    }

    void store(const std::string& name, std::string bytes) {
        if (name == kContentsFile) {
            result_.contents = std::move(bytes);
        } else if (name == kSignatureFile) {
            result_.signature = std::move(bytes);
        } else {
            files_[name] = std::move(bytes);
        }
    }

    // Every file is listed in CONTENTS.toml with its hash, and nothing listed is missing.
    void check_contents() {
        if (result_.contents.empty()) {
            report(kContentsFile, "missing: make pack archives with 'kiosk-pack build'");
            return;
        }
        PackErrors toml_problems;
        auto table = parse_toml(result_.contents, path_ + ":" + kContentsFile, 1, toml_problems);
        result_.problems.insert(result_.problems.end(), toml_problems.begin(), toml_problems.end());
        if (!table) return;
        std::set<std::string> listed;
        if (const toml::array* entries = (*table)["file"].as_array()) {
            for (const auto& element : *entries) {
                const toml::table* file = element.as_table();
                if (file == nullptr) continue;
                const std::string name = (*file)["path"].value_or(std::string());
                const std::string hash = (*file)["sha256"].value_or(std::string());
                listed.insert(name);
                auto it = files_.find(name);
                if (it == files_.end()) {
                    report(name, "listed in CONTENTS.toml but missing from the archive");
                } else if (sha256_hex(it->second) != hash) {
                    report(name, "changed after the pack was built (its SHA-256 does not match CONTENTS.toml)");
                }
            }
        }
        for (const auto& [name, bytes] : files_) {
            if (listed.count(name) == 0) report(name, "not listed in CONTENTS.toml: added after the pack was built");
        }
    }

    std::string path_;
    ArchiveOpener open_;
    PackArchive result_;
    std::map<std::string, std::string> files_;
    std::uint64_t total_ = 0;
};

bool add_entry(archive* writer, const std::string& name, const std::string& bytes) {
    std::unique_ptr<archive_entry, decltype(&archive_entry_free)> entry(archive_entry_new(), &archive_entry_free);
    archive_entry_set_pathname(entry.get(), name.c_str());
    archive_entry_set_size(entry.get(), static_cast<la_int64_t>(bytes.size()));
    archive_entry_set_filetype(entry.get(), AE_IFREG);
    archive_entry_set_perm(entry.get(), 0644);
    archive_entry_set_mtime(entry.get(), 0, 0);  // the same pack always makes the same archive
    if (archive_write_header(writer, entry.get()) != ARCHIVE_OK) return false;
    return archive_write_data(writer, bytes.data(), bytes.size()) == static_cast<la_ssize_t>(bytes.size());
}

// The hashes in CONTENTS.toml are checked with libsodium, which must be started first.
PackArchive read_archive(const std::string& name, ArchiveOpener open) {
    if (sodium_init() < 0) {
        PackArchive failed;
        failed.problems.push_back({{name, 0, 0}, Severity::error, "libsodium failed to start"});
        return failed;
    }
    return ArchiveReader(name, std::move(open)).read();
}

}  // namespace

PackArchive read_pack_archive(const std::string& path) {
    return read_archive(path, [&path](archive* a) { return archive_read_open_filename(a, path.c_str(), 64 * 1024); });
}

PackArchive read_pack_archive_bytes(const std::string& name, const std::string& bytes) {
    // libarchive reads the caller's buffer in place, without a copy: `bytes` outlives the reader.
    return read_archive(name, [&bytes](archive* a) { return archive_read_open_memory(a, bytes.data(), bytes.size()); });
}

std::optional<std::string> verify_archive_signature(const PackArchive& archive, const std::string& public_hex) {
    if (!archive.signature) return "the pack is not signed (sign it with 'kiosk-pack sign')";
    return verify_message(archive.contents, *archive.signature, public_hex);
}

std::string contents_manifest(const std::map<std::string, std::string>& files) {
    toml::array entries;
    for (const auto& [name, bytes] : files) {
        entries.push_back(toml::table{{"path", name},
                                      {"bytes", static_cast<std::int64_t>(bytes.size())},
                                      {"sha256", sha256_hex(bytes)}});
    }
    std::ostringstream out;
    out << "# The files of this pack and their SHA-256, written by kiosk-pack build.\n\n"
        << toml::table{{"file", std::move(entries)}} << '\n';
    return out.str();
}

std::optional<std::string> write_pack_archive(const std::string& path,
                                              const std::map<std::string, std::string>& files,
                                              const std::optional<std::string>& signature) {
    if (sodium_init() < 0) return "libsodium failed to start";
    const std::string temporary = path + ".part";
    std::unique_ptr<archive, WriterDeleter> writer(archive_write_new());
    archive_write_set_format_pax_restricted(writer.get());
    if (archive_write_open_filename(writer.get(), temporary.c_str()) != ARCHIVE_OK) {
        return "cannot write " + temporary + ": " + archive_error_string(writer.get());
    }
    bool ok = add_entry(writer.get(), kContentsFile, contents_manifest(files));
    if (signature) ok = ok && add_entry(writer.get(), kSignatureFile, *signature);
    for (const auto& [name, bytes] : files) ok = ok && add_entry(writer.get(), name, bytes);
    ok = ok && archive_write_close(writer.get()) == ARCHIVE_OK;
    writer.reset();
    // Renamed into place whole, so a kiosk watching the path never sees half an archive.
    if (!ok || std::rename(temporary.c_str(), path.c_str()) != 0) {
        std::remove(temporary.c_str());
        return "cannot write " + path;
    }
    return std::nullopt;
}

}  // namespace kiosk
