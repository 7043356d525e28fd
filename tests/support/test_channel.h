#pragma once

// A pack channel written as `kiosk-pack publish` writes one, for the update client's
// tests: signed archives of the mini pack (tests/fixtures/mini-pack) with the id and
// version a test wants, and signed indexes naming them.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include "core/content/channel_index.h"
#include "core/content/pack_archive.h"
#include "core/content/pack_signature.h"
#include "core/content/pack_source.h"
#include "support/paths.h"

namespace kiosk::testing {

class TestChannel {
public:
    static constexpr std::int64_t kNow = 1'800'000'000;

    TestChannel(std::filesystem::path root, std::string name = "stable")
        : root_(std::move(root)), name_(std::move(name)), key_(generate_key_pair()) {
        std::filesystem::create_directories(folder() / kChannelArchivesFolder);
    }

    const KeyPair& key() const { return key_; }
    std::filesystem::path folder() const { return root_ / name_; }

    // The mini pack's files with this id and version; `broken` spoils a screen's TOML.
    static std::map<std::string, std::string> mini_pack(const std::string& id, const std::string& version,
                                                        bool broken = false) {
        const DirectorySource source(fixture_path("mini-pack"));
        std::map<std::string, std::string> files;
        for (const auto& name : source.all_files()) files[name] = *source.read(name);
        std::string& manifest = files.at("pack.toml");
        const std::string from = "id = \"mini\"\nversion = \"0.1.0\"";
        manifest.replace(manifest.find(from), from.size(), "id = \"" + id + "\"\nversion = \"" + version + "\"");
        if (broken) {
            std::string& home = files.at("zh-Hans/home.toml");
            home.replace(home.find("[sections]"), 10, "[sections");
        }
        return files;
    }

    // A signed archive of `files` (by `signer`, by default the channel's key) put under
    // archives/, and its bytes.
    std::string add_archive(const std::map<std::string, std::string>& files, const KeyPair* signer = nullptr) {
        const auto signature = sign_message(contents_manifest(files), (signer ? *signer : key_).secret_hex);
        const std::filesystem::path made = root_ / "made.kpack";
        EXPECT_TRUE(write_pack_archive(made.string(), files, signature));
        std::ifstream in(made, std::ios::binary);
        const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        std::filesystem::remove(made);
        put(channel_archive_path(sha256_hex(bytes)), bytes);
        return bytes;
    }

    // An index for the archive `bytes` at this sequence, valid for a week from kNow.
    ChannelIndex index_for(const std::string& bytes, const std::string& pack_id, const std::string& version,
                           std::uint64_t sequence) const {
        ChannelIndex index;
        index.channel = name_;
        index.pack_id = pack_id;
        index.version = version;
        index.sequence = sequence;
        index.published_unix = kNow - 60;
        index.expires_unix = kNow + 7 * 86400;
        index.archive_sha256 = sha256_hex(bytes);
        index.archive_path = channel_archive_path(index.archive_sha256);
        index.archive_size = bytes.size();
        index.rollout_percent = 100;
        return index;
    }

    // Publishes: the index written, signed by `signer` (by default the channel's key).
    void publish(const ChannelIndex& index, const KeyPair* signer = nullptr) {
        put(kChannelIndexFile, write_channel_index(index, (signer ? *signer : key_).secret_hex));
    }

    // A new archive of the mini pack at `version`, and an index naming it.
    ChannelIndex publish_pack(const std::string& id, const std::string& version, std::uint64_t sequence) {
        const ChannelIndex index = index_for(add_archive(mini_pack(id, version)), id, version, sequence);
        publish(index);
        return index;
    }

    void put(const std::string& relative, const std::string& bytes) const {
        std::ofstream(folder() / relative, std::ios::binary | std::ios::trunc) << bytes;
    }

private:
    std::filesystem::path root_;
    std::string name_;
    KeyPair key_;
};

}  // namespace kiosk::testing
