#include <archive.h>
#include <archive_entry.h>

#include <cstdio>
#include <memory>
#include <sstream>

#include "core/content/pack_archive.h"
#include "core/content/pack_signature.h"
#include "core/content/toml_fields.h"

namespace kiosk {
namespace {

struct WriterDeleter {
    void operator()(archive* a) const { archive_write_free(a); }
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

}  // namespace

std::string contents_manifest(const std::map<std::string, std::string>& files) {
    toml::array entries;
    for (const auto& [name, bytes] : files) {
        entries.push_back(toml::table{
            {"path", name}, {"bytes", static_cast<std::int64_t>(bytes.size())}, {"sha256", sha256_hex(bytes)}});
    }
    std::ostringstream out;
    out << "# The files of this pack and their SHA-256, written by kiosk-pack build.\n\n"
        << toml::table{{"file", std::move(entries)}} << '\n';
    return out.str();
}

Status write_pack_archive(const std::string& path, const std::map<std::string, std::string>& files,
                          const std::optional<std::string>& signature) {
    const std::string temporary = path + ".part";
    std::unique_ptr<archive, WriterDeleter> writer(archive_write_new());
    archive_write_set_format_pax_restricted(writer.get());
    if (archive_write_open_filename(writer.get(), temporary.c_str()) != ARCHIVE_OK) {
        return failure(Error(temporary, std::string("cannot write: ") + archive_error_string(writer.get())));
    }
    // CONTENTS.toml and SIGNATURE first: a reader checks them before it reads any file.
    bool ok = add_entry(writer.get(), kContentsFile, contents_manifest(files));
    if (signature) ok = ok && add_entry(writer.get(), kSignatureFile, *signature);
    for (const auto& [name, bytes] : files) ok = ok && add_entry(writer.get(), name, bytes);
    ok = ok && archive_write_close(writer.get()) == ARCHIVE_OK;
    writer.reset();
    // Renamed into place whole, so a kiosk watching the path never sees half an archive.
    if (!ok || std::rename(temporary.c_str(), path.c_str()) != 0) {
        std::remove(temporary.c_str());
        return failure(Error(path, "cannot write"));
    }
    return {};
}

}  // namespace kiosk
