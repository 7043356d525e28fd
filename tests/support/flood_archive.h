#pragma once

#include <archive.h>
#include <archive_entry.h>

#include <cstddef>
#include <cstdio>
#include <string>

namespace kiosk::testing {

// Writes a tar archive into memory, entry by entry, in any order and with any content:
// for archives `kiosk-pack build` would never make.
class TarInMemory {
public:
    explicit TarInMemory(bool gzip = false) : writer_(archive_write_new()) {
        archive_write_set_format_pax_restricted(writer_);
        if (gzip) {
            archive_write_add_filter_gzip(writer_);
            archive_write_set_filter_option(writer_, "gzip", "compression-level", "1");  // quick to make
        }
        archive_write_open2(writer_, &out_, nullptr, append, nullptr, nullptr);
    }
    ~TarInMemory() { archive_write_free(writer_); }
    TarInMemory(const TarInMemory&) = delete;
    TarInMemory& operator=(const TarInMemory&) = delete;

    void add(const std::string& name, const std::string& bytes, bool folder = false) {
        archive_entry* entry = archive_entry_new();
        archive_entry_set_pathname(entry, name.c_str());
        archive_entry_set_filetype(entry, folder ? AE_IFDIR : AE_IFREG);
        archive_entry_set_perm(entry, folder ? 0755 : 0644);
        archive_entry_set_size(entry, static_cast<la_int64_t>(folder ? 0 : bytes.size()));
        archive_write_header(writer_, entry);
        if (!folder) archive_write_data(writer_, bytes.data(), bytes.size());
        archive_entry_free(entry);
    }

    std::string finish() {
        archive_write_close(writer_);
        return std::move(out_);
    }

private:
    static la_ssize_t append(archive*, void* sink, const void* data, std::size_t length) {
        static_cast<std::string*>(sink)->append(static_cast<const char*>(data), length);
        return static_cast<la_ssize_t>(length);
    }

    archive* writer_;
    std::string out_;
};

// A hostile pack archive, gzip-compressed: a plausible CONTENTS.toml (listing nothing),
// then `entries` tiny files of one byte each, or as many folders. 350,000 entries make
// about 5 MB that unpack to some 360 MB of tar.
inline std::string flood_archive(std::size_t entries, bool folders = false) {
    TarInMemory tar(true);
    tar.add("CONTENTS.toml", "file = []\n");
    char name[32];
    for (std::size_t i = 0; i < entries; ++i) {
        std::snprintf(name, sizeof name, "f/%07zu", i);
        tar.add(name, "x", folders);
    }
    return tar.finish();
}

}  // namespace kiosk::testing
