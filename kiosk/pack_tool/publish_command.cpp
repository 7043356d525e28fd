#include "pack_tool/publish_command.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

#include "core/content/channel_index.h"
#include "core/content/pack_signature.h"
#include "core/content/pack_version.h"
#include "pack_tool/durable_file.h"
#include "pack_tool/exit_codes.h"
#include "pack_tool/pack_reading.h"

namespace fs = std::filesystem;

namespace kiosk {

const char* const kPublishHelp =
    "Usage: kiosk-pack publish PACK --key NAME.key --channel NAME OUT_DIR\n"
    "                          [--expires-days N] [--rollout PERCENT] [--prune]\n"
    "Checks PACK (a directory or an archive) as 'check' does and, only when it has no\n"
    "errors, signs it with the key and writes it into OUT_DIR/NAME, a folder any web\n"
    "server or CDN can serve to the kiosks:\n"
    "  archives/<sha256>.kpack  the signed archive, named by its SHA-256; never changes\n"
    "  index.toml               the signed channel index: pack id, version, sequence,\n"
    "                           expiry, the archive's SHA-256 and size, rollout percent\n"
    "Each publish adds one to the channel's sequence; kiosks take only a newer sequence\n"
    "and refuse an expired index, so publish again (the same pack will do) before\n"
    "--expires-days (default 7) have passed. --rollout PERCENT (default 100) offers the\n"
    "pack to that share of kiosks first, chosen by kiosk id. index.toml is replaced whole,\n"
    "never half-written. Old archives stay until --prune removes every archive the new\n"
    "index does not name. The channel keeps one pack id, and its version may not go back.\n";

namespace {

int refuse(const std::string& why) {
    std::fprintf(stderr, "kiosk-pack: not published: %s\n", why.c_str());
    return kProblems;
}

int failed(const Error& error) {
    std::fprintf(stderr, "kiosk-pack: %s\n", error.to_string().c_str());
    return kFailed;
}

Result<std::string> slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (!in) return failure(Error(path, "cannot read"));
    return bytes.str();
}

// The channel's current index, verified with the publisher's key; nothing for a new channel.
Result<std::optional<ChannelIndex>> current_index(const std::string& path, const std::string& public_hex) {
    std::error_code ec;
    if (!fs::exists(path, ec)) return std::optional<ChannelIndex>{};
    auto text = slurp(path);
    if (!text) return failure(text.error());
    auto index = read_channel_index(*text, public_hex, path);
    if (!index) return failure(index.error());
    return std::optional<ChannelIndex>(std::move(*index));
}

// A new archive, written beside the channel's archives and not yet named by its digest.
struct StagedArchive {
    std::string path;
    std::string sha256;
    std::uint64_t size = 0;
};

Result<StagedArchive> stage_archive(const fs::path& archives, const std::map<std::string, std::string>& files,
                                    const std::string& signature) {
    const std::string path = (archives / (".incoming-" + std::to_string(::getpid()) + ".kpack")).string();
    if (Status written = write_pack_archive(path, files, signature); !written) return failure(written.error());
    auto bytes = slurp(path);
    if (!bytes) return failure(bytes.error());
    return StagedArchive{path, sha256_hex(*bytes), bytes->size()};
}

// Why kiosks that have the channel's current pack would refuse this one, if they would.
std::optional<std::string> continuity_problem(const ChannelIndex& current, const Manifest& next,
                                              const std::string& next_sha256) {
    if (current.pack_id != next.id) {
        return "channel '" + current.channel + "' carries pack '" + current.pack_id + "', and this pack is '" +
               next.id + "': publish it to a channel of its own";
    }
    const int order = compare_versions(next.version, current.version);
    if (order < 0) {
        return "version " + next.version + " is older than the channel's " + current.version +
               ", and kiosks refuse an older version";
    }
    if (order == 0 && next_sha256 != current.archive_sha256) {
        return "version " + next.version + " is already published with other files: raise the version in pack.toml";
    }
    return std::nullopt;
}

// Removes every archive but `keep`; how many it removed.
Result<int> prune_archives(const fs::path& archives, const std::string& keep) {
    int removed = 0;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(archives, ec)) {
        const std::string name = entry.path().filename().string();
        if (!entry.is_regular_file() || entry.path().extension() != ".kpack" || name == keep || name.front() == '.') {
            continue;
        }
        if (!fs::remove(entry.path(), ec))
            return failure(Error(entry.path().string(), "cannot remove: " + ec.message()));
        ++removed;
    }
    if (ec) return failure(Error(archives.string(), "cannot list: " + ec.message()));
    return removed;
}

std::int64_t unix_now() {
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// The keys, the checked pack and its files, or the exit code that stops the publish.
struct PublishInputs {
    std::string secret_hex;
    std::string public_hex;
    Manifest manifest;
    std::map<std::string, std::string> files;
};

std::optional<int> read_inputs(const PublishOptions& options, PublishInputs& inputs) {
    if (!is_valid_channel_name(options.channel)) {
        std::fprintf(stderr, "kiosk-pack: --channel '%s': use 1 to 64 of a-z, 0-9, '.', '-', '_'\n",
                     options.channel.c_str());
        return kUsage;
    }
    auto secret = read_key_file(options.key);
    if (!secret) return failed(secret.error());
    auto public_hex = public_key_of(*secret);
    if (!public_hex) return failed(Error(options.key, "not an Ed25519 secret key"));
    std::optional<Pack> pack;
    if (!check_and_report(options.pack, &pack)) return refuse("fix the errors above first");
    auto files = pack_files(options.pack);
    if (!files) return failed(files.error());
    inputs = {*secret, *public_hex, pack->manifest, std::move(*files)};
    return std::nullopt;
}

}  // namespace

int publish_command(const PublishOptions& options) {
    PublishInputs in;
    if (auto stop = read_inputs(options, in)) return *stop;
    const fs::path channel = fs::path(options.out_dir) / options.channel;
    const fs::path archives = channel / kChannelArchivesFolder;
    std::error_code ec;
    fs::create_directories(archives, ec);
    if (ec) return failed(Error(archives.string(), "cannot create: " + ec.message()));
    const std::string index_path = (channel / kChannelIndexFile).string();
    auto current = current_index(index_path, in.public_hex);
    if (!current) return refuse(current.error().to_string() + " (is this the channel's key?)");

    auto signature = sign_message(contents_manifest(in.files), in.secret_hex);
    if (!signature) return failed(Error(options.key, "not an Ed25519 secret key"));
    auto staged = stage_archive(archives, in.files, *signature);
    if (!staged) return failed(staged.error());
    if (auto problem = *current ? continuity_problem(**current, in.manifest, staged->sha256) : std::nullopt) {
        fs::remove(staged->path, ec);
        return refuse(*problem);
    }
    const std::int64_t now = unix_now();
    const ChannelIndex index{options.channel,
                             in.manifest.id,
                             in.manifest.version,
                             *current ? (*current)->sequence + 1 : 1,
                             now,
                             now + std::int64_t{options.expires_days} * 86400,
                             channel_archive_path(staged->sha256),
                             staged->sha256,
                             staged->size,
                             options.rollout_percent};
    // The archive is in place, whole, before the index that names it.
    // An archive already there under this name has the same bytes, or should have: the
    // rename replaces it all the same, and a download under way keeps reading the old file.
    if (Status placed = move_file_durably(staged->path, (channel / index.archive_path).string()); !placed) {
        fs::remove(staged->path, ec);
        return failed(placed.error());
    }
    if (Status written = write_file_durably(index_path, write_channel_index(index, in.secret_hex)); !written) {
        return failed(written.error());
    }
    std::printf("published %s %s to %s as sequence %llu: %s (%llu bytes), rollout %d%%, expires %s\n",
                index.pack_id.c_str(), index.version.c_str(), index.channel.c_str(),
                static_cast<unsigned long long>(index.sequence), index.archive_path.c_str(),
                static_cast<unsigned long long>(index.archive_size), index.rollout_percent,
                utc_text(index.expires_unix).c_str());
    if (!options.prune) return kOk;
    auto removed = prune_archives(archives, fs::path(index.archive_path).filename().string());
    if (!removed) return failed(removed.error());
    std::printf("pruned %d old archive(s)\n", *removed);
    return kOk;
}

}  // namespace kiosk
