// libFuzzer target for the archive reader of a kiosk that trusts a key (scripts/fuzz.sh
// runs it). Each input is tried two ways:
//   (a) as a whole archive, read with the fuzzer's public key trusted: what an outsider
//       without the key can make a kiosk do, before and at the signature check;
//   (b) as the parts of an archive the key's holder signed: pieces separated by 0xFF become
//         CONTENTS.toml | name | bytes | name | bytes ...
//       and the fuzzer signs the CONTENTS.toml piece, so the list, the size and hash
//       checks and the pack loader behind them see arbitrary input past a good signature.
// Any crash, leak, sanitizer report or timeout is a bug in the core, never in the input.

#include <archive.h>
#include <archive_entry.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/content/pack_archive.h"
#include "core/content/pack_loader.h"
#include "core/content/pack_signature.h"
#include "fuzz_keys.h"

namespace {

const kiosk::fuzzing::FuzzKeys& keys() { return kiosk::fuzzing::fuzz_keys(); }

std::vector<std::string> split(const std::string& bytes) {
    std::vector<std::string> pieces(1);
    for (const char c : bytes) {
        if (c == '\xFF') {
            pieces.emplace_back();
        } else {
            pieces.back() += c;
        }
    }
    return pieces;
}

la_ssize_t append(archive*, void* out, const void* data, std::size_t length) {
    static_cast<std::string*>(out)->append(static_cast<const char*>(data), length);
    return static_cast<la_ssize_t>(length);
}

void add(archive* writer, const std::string& name, const std::string& bytes) {
    archive_entry* entry = archive_entry_new();
    archive_entry_set_pathname(entry, name.c_str());
    archive_entry_set_size(entry, static_cast<la_int64_t>(bytes.size()));
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_perm(entry, 0644);
    if (archive_write_header(writer, entry) == ARCHIVE_OK) archive_write_data(writer, bytes.data(), bytes.size());
    archive_entry_free(entry);
}

// A tar in memory: CONTENTS.toml, its signature by the fuzzer's key, then the files.
std::string signed_archive(const std::vector<std::string>& pieces) {
    std::string tar;
    archive* writer = archive_write_new();
    archive_write_set_format_pax_restricted(writer);
    archive_write_open2(writer, &tar, nullptr, append, nullptr, nullptr);
    add(writer, kiosk::kContentsFile, pieces[0]);
    if (auto signature = kiosk::sign_message(pieces[0], keys().secret_hex))
        add(writer, kiosk::kSignatureFile, *signature);
    for (std::size_t i = 1; i + 1 < pieces.size(); i += 2) add(writer, pieces[i], pieces[i + 1]);
    archive_write_close(writer);
    archive_write_free(writer);
    return tar;
}

void read_trusted(const std::string& name, const std::string& bytes) {
    kiosk::PackArchive archive = kiosk::read_pack_archive_bytes(name, bytes, {keys().public_hex, nullptr});
    if (archive.source) kiosk::load_pack(*archive.source);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    read_trusted("fuzz.tar", bytes);
    read_trusted("signed.tar", signed_archive(split(bytes)));
    return 0;
}
