// kiosk-pack publish: the static tree a web server serves to the kiosks. The archive is
// content-addressed and signed, the index is signed, replaced whole and counts up, and a
// pack the kiosks would refuse is never published.

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <set>

#include "core/content/channel_index.h"
#include "core/content/pack_signature.h"
#include "support/mini_pack_test.h"

namespace fs = std::filesystem;

namespace kiosk {
namespace {

class Publish : public testing::MiniPackTest {
protected:
    void SetUp() override {
        MiniPackTest::SetUp();
        ASSERT_EQ(tool("keygen " + at("publisher")).exit_code, 0);
        public_hex_ = *read_key_file((dir_ / "publisher.pub").string());
    }

    testing::CommandResult publish(const std::string& extra = "") {
        return tool("publish " + pack_.string() + " --key " + at("publisher.key") + " --channel stable " + at("www") +
                    " " + extra);
    }

    std::string at(const std::string& name) const { return (dir_ / name).string(); }
    fs::path channel() const { return dir_ / "www" / "stable"; }

    ChannelIndex index() {
        const fs::path path = channel() / "index.toml";
        auto read = read_channel_index(testing::slurp(path), public_hex_, path.string());
        EXPECT_TRUE(read) << read.error().to_string();
        return read ? *read : ChannelIndex{};
    }

    // Every file under the channel folder, hidden ones too, relative to it.
    std::set<std::string> tree() const {
        std::set<std::string> files;
        for (const auto& entry : fs::recursive_directory_iterator(channel())) {
            if (entry.is_regular_file()) files.insert(fs::relative(entry.path(), channel()).string());
        }
        return files;
    }

    void set_version(const std::string& version) {
        replace("pack.toml", "version = \"0.1.0\"", "version = \"" + version + "\"");
    }
    void edit_content() { replace("zh-Hans/topics/hotlines.md", "所有居民。", "本区所有居民。"); }

    std::string public_hex_;
};

TEST_F(Publish, WritesASignedIndexAndAContentAddressedSignedArchive) {
    const auto result = publish();
    ASSERT_EQ(result.exit_code, 0) << result.out << result.err;
    const ChannelIndex written = index();
    EXPECT_EQ(written.channel, "stable");
    EXPECT_EQ(written.pack_id, "mini");
    EXPECT_EQ(written.version, "0.1.0");
    EXPECT_EQ(written.sequence, 1u);
    EXPECT_EQ(written.expires_unix - written.published_unix, 7 * 86400);
    EXPECT_EQ(written.rollout_percent, 100);
    EXPECT_EQ(tree(), (std::set<std::string>{"index.toml", written.archive_path}));

    const std::string archive = testing::slurp(channel() / written.archive_path);
    EXPECT_EQ(written.archive_path, "archives/" + sha256_hex(archive) + ".kpack");
    EXPECT_TRUE(check_archive_against_index(sha256_hex(archive), archive.size(), written));
    const auto verified =
        tool("verify " + (channel() / written.archive_path).string() + " --key " + at("publisher.pub"));
    EXPECT_EQ(verified.exit_code, 0) << verified.out << verified.err;
    EXPECT_NE(result.out.find("published mini 0.1.0 to stable as sequence 1: " + written.archive_path),
              std::string::npos)
        << result.out;
}

TEST_F(Publish, ArchiveMayBePublishedAsBuilt) {
    ASSERT_EQ(tool("build " + pack_.string() + " -o " + at("mini.kpack")).exit_code, 0);
    const auto result =
        tool("publish " + at("mini.kpack") + " --key " + at("publisher.key") + " --channel stable " + at("www"));
    ASSERT_EQ(result.exit_code, 0) << result.out << result.err;
    const auto verified =
        tool("verify " + (channel() / index().archive_path).string() + " --key " + at("publisher.pub"));
    EXPECT_EQ(verified.exit_code, 0) << verified.out << verified.err;
}

TEST_F(Publish, SequenceGrowsByOneAndOldArchivesStay) {
    ASSERT_EQ(publish().exit_code, 0);
    const ChannelIndex first = index();
    std::ofstream(channel() / first.archive_path, std::ios::trunc) << "damaged on the server";
    ASSERT_EQ(publish("--expires-days 2 --rollout 30").exit_code, 0);  // the same pack: a fresh expiry
    EXPECT_EQ(sha256_hex(testing::slurp(channel() / first.archive_path)), first.archive_sha256);  // and whole again
    const ChannelIndex second = index();
    EXPECT_EQ(second.sequence, 2u);
    EXPECT_EQ(second.archive_sha256, first.archive_sha256);
    EXPECT_EQ(second.expires_unix - second.published_unix, 2 * 86400);
    EXPECT_EQ(second.rollout_percent, 30);

    edit_content();
    set_version("0.2.0");
    const auto result = publish();
    ASSERT_EQ(result.exit_code, 0) << result.out << result.err;
    const ChannelIndex third = index();
    EXPECT_EQ(third.sequence, 3u);
    EXPECT_EQ(third.version, "0.2.0");
    EXPECT_NE(third.archive_sha256, first.archive_sha256);
    EXPECT_EQ(tree(), (std::set<std::string>{"index.toml", first.archive_path, third.archive_path}));
}

TEST_F(Publish, IndexIsReplacedWholeAndAKeptCopyIsARollback) {
    ASSERT_EQ(publish().exit_code, 0);
    // A hard link keeps the old file: a replacement by rename leaves it untouched, where
    // writing in place would change it under a web server serving it.
    fs::create_hard_link(channel() / "index.toml", dir_ / "kept-index.toml");
    const std::string old_text = testing::slurp(dir_ / "kept-index.toml");
    edit_content();
    set_version("0.2.0");
    ASSERT_EQ(publish().exit_code, 0);
    EXPECT_EQ(testing::slurp(dir_ / "kept-index.toml"), old_text);
    EXPECT_NE(testing::slurp(channel() / "index.toml"), old_text);
    EXPECT_EQ(tree().size(), 3u);  // index and two archives: nothing half-written left behind

    // Putting the old index back: a kiosk that has sequence 2 refuses it.
    auto kept = read_channel_index(old_text, public_hex_, "kept-index.toml");
    ASSERT_TRUE(kept) << kept.error().to_string();
    const IndexDecision decision =
        decide_on_index(*kept, {"mini", index().sequence}, "mini", "hall-1", kept->published_unix);
    EXPECT_EQ(decision.verdict, IndexVerdict::rollback);
    EXPECT_EQ(decision.reason, "the index's sequence 1 is older than the installed 2: refused as a rollback");
}

TEST_F(Publish, PruneRemovesOnlyArchivesTheIndexDoesNotName) {
    ASSERT_EQ(publish().exit_code, 0);
    const ChannelIndex first = index();
    edit_content();
    set_version("0.2.0");
    const auto result = publish("--prune");
    ASSERT_EQ(result.exit_code, 0) << result.out << result.err;
    EXPECT_NE(result.out.find("pruned 1 old archive(s)"), std::string::npos) << result.out;
    EXPECT_EQ(tree(), (std::set<std::string>{"index.toml", index().archive_path}));
    EXPECT_FALSE(fs::exists(channel() / first.archive_path));
}

TEST_F(Publish, PackWithErrorsIsNotPublished) {
    replace("pack.toml", "version = \"0.1.0\"", "version = 0.1.0");
    const auto result = publish();
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_NE(result.out.find("pack.toml:2:"), std::string::npos) << result.out;
    EXPECT_NE(result.err.find("not published: fix the errors above first"), std::string::npos) << result.err;
    EXPECT_FALSE(fs::exists(dir_ / "www"));
}

TEST_F(Publish, PublicKeyIsNotASigningKey) {
    const auto result =
        tool("publish " + pack_.string() + " --key " + at("publisher.pub") + " --channel stable " + at("www"));
    EXPECT_EQ(result.exit_code, 3);
    EXPECT_NE(result.err.find("publisher.pub: not an Ed25519 secret key"), std::string::npos) << result.err;
    const auto missing =
        tool("publish " + pack_.string() + " --key " + at("nowhere.key") + " --channel stable " + at("www"));
    EXPECT_EQ(missing.exit_code, 3);
    EXPECT_NE(missing.err.find("nowhere.key: cannot read key file"), std::string::npos) << missing.err;
}

TEST_F(Publish, AnotherKeyCannotTakeOverAChannel) {
    ASSERT_EQ(publish().exit_code, 0);
    const auto before = tree();
    const std::string index_text = testing::slurp(channel() / "index.toml");
    ASSERT_EQ(tool("keygen " + at("intruder")).exit_code, 0);
    edit_content();
    set_version("0.2.0");
    const auto result =
        tool("publish " + pack_.string() + " --key " + at("intruder.key") + " --channel stable " + at("www"));
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_NE(result.err.find("index.toml:14:1: refused: the signature does not match"), std::string::npos)
        << result.err;
    EXPECT_EQ(tree(), before);
    EXPECT_EQ(testing::slurp(channel() / "index.toml"), index_text);
}

TEST_F(Publish, WhatKiosksWouldRefuseIsNotPublished) {
    ASSERT_EQ(publish().exit_code, 0);
    const auto before = tree();
    edit_content();  // other files, the same version
    auto result = publish();
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_NE(result.err.find("version 0.1.0 is already published with other files: raise the version in pack.toml"),
              std::string::npos)
        << result.err;
    set_version("0.0.9");
    result = publish();
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_NE(result.err.find("version 0.0.9 is older than the channel's 0.1.0"), std::string::npos) << result.err;
    replace("pack.toml", "id = \"mini\"", "id = \"other\"");
    result = publish();
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_NE(result.err.find("channel 'stable' carries pack 'mini', and this pack is 'other'"), std::string::npos)
        << result.err;
    EXPECT_EQ(tree(), before);
    EXPECT_EQ(index().sequence, 1u);
}

TEST_F(Publish, OptionsOutOfRangeAreUsageErrors) {
    EXPECT_EQ(publish("--rollout 101").exit_code, 2);
    EXPECT_EQ(publish("--expires-days 0").exit_code, 2);
    const auto result =
        tool("publish " + pack_.string() + " --key " + at("publisher.key") + " --channel ../up " + at("www"));
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_NE(result.err.find("--channel '../up'"), std::string::npos) << result.err;
    EXPECT_FALSE(fs::exists(dir_ / "www"));
}

}  // namespace
}  // namespace kiosk
