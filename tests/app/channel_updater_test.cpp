// One check of a pack channel, against a folder served by a fake fetcher: a newer pack is
// downloaded, matched against its index, checked as the kiosk checks packs and installed;
// every refusal keeps the installed pack and sequence, and leaves nothing half-written.

#include "app/channel_updater.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "app/pack_memory.h"
#include "app/pack_preparation.h"
#include "support/folder_fetcher.h"
#include "support/paths.h"
#include "support/run_command.h"
#include "support/test_channel.h"
#include "support/test_folder.h"

namespace fs = std::filesystem;

namespace kiosk {
namespace {

using testing::slurp;
using testing::TestChannel;
constexpr std::int64_t kNow = TestChannel::kNow;

class ChannelUpdaterTest : public ::testing::Test {
protected:
    ChannelUpdaterTest()
        : dir_(testing::fresh_test_folder("channel-updater")),
          channel_(dir_ / "web"),
          fetcher_(dir_ / "web"),
          state_((dir_ / "state").string()) {}

    ChannelSettings settings() const {
        ChannelSettings settings;
        settings.update_url = "http://packs.test";
        settings.channel = "stable";
        settings.kiosk_id = "hall-1";
        settings.trusted_key = channel_.key().public_hex;
        settings.state_dir = state_;
        return settings;
    }

    // The kiosk's own check of a pack, as prepare_pack makes it before showing one.
    ChannelUpdater::CheckArchive kiosk_check() const {
        return [this](const std::string& path) -> Status {
            PackSettings pack{path, channel_.key().public_hex, testing::strings_dir(),
                              testing::source_path("fonts/fonts.toml"), state_};
            auto prepared = prepare_pack(pack);
            if (!prepared) return failure(prepared.error().reason);
            return {};
        };
    }

    ChannelUpdater::Outcome check(std::int64_t now = kNow) { return updater_.check(now); }

    // The kiosk shows mini 1.0.0, as PackMemory records it.
    void kiosk_shows(const std::string& id, const std::string& version) const {
        ASSERT_TRUE(PackMemory(state_).remember({id, version, "digest"}, "archive", {}));
    }

    std::string installed() const { return slurp(downloaded_pack_path(state_)); }
    std::uint64_t sequence() const { return updater_.installed_sequence(); }

    // Nothing half-written in updates/: only the installed pack and its record, if any.
    void expect_nothing_staged() const {
        std::error_code absent;
        for (const auto& entry : fs::directory_iterator(updates_directory(state_), absent)) {
            const std::string name = entry.path().filename().string();
            EXPECT_TRUE(name == "pack.kpack" || name == "channel-state.toml") << "left behind: " << name;
        }
    }

    // Installs mini 2.0.0 at sequence 5; its bytes.
    std::string install_sequence_5() {
        const ChannelIndex index = channel_.publish_pack("mini", "2.0.0", 5);
        const auto outcome = check();
        EXPECT_EQ(outcome.result, UpdateResult::installed) << outcome.message;
        return installed();
    }

    fs::path dir_;
    TestChannel channel_;
    testing::FolderFetcher fetcher_;
    std::string state_;
    ChannelUpdater updater_{settings(), fetcher_, kiosk_check()};
};

TEST_F(ChannelUpdaterTest, ANewerPackIsDownloadedCheckedAndInstalledThenTheIndexIsNotFetchedAgain) {
    kiosk_shows("mini", "1.0.0");
    const ChannelIndex index = channel_.publish_pack("mini", "2.0.0", 1);
    const auto outcome = check();
    ASSERT_EQ(outcome.result, UpdateResult::installed) << outcome.message;
    EXPECT_EQ(outcome.message, "sequence 1 (mini version 2.0.0) of channel stable installed");
    EXPECT_EQ(installed(), slurp(channel_.folder() / index.archive_path));
    EXPECT_EQ(sequence(), 1u);
    const auto record = read_channel_state(state_);
    ASSERT_TRUE(record);
    EXPECT_EQ(record->version, "2.0.0");
    EXPECT_EQ(record->archive_sha256, index.archive_sha256);
    expect_nothing_staged();

    EXPECT_EQ(check().result, UpdateResult::not_modified);  // the ETag of the index judged
    EXPECT_EQ(fetcher_.requested(), (std::vector<std::string>{"http://packs.test/stable/index.toml",
                                                              "http://packs.test/stable/" + index.archive_path,
                                                              "http://packs.test/stable/index.toml"}));
}

TEST_F(ChannelUpdaterTest, AnOlderSequenceIsRefusedAsARollback) {
    const std::string kept = install_sequence_5();
    channel_.publish_pack("mini", "3.0.0", 4);
    const auto outcome = check();
    EXPECT_EQ(outcome.result, UpdateResult::rollback);
    EXPECT_EQ(outcome.message, "the index's sequence 4 is older than the installed 5: refused as a rollback");
    EXPECT_EQ(installed(), kept);
    EXPECT_EQ(sequence(), 5u);
    expect_nothing_staged();
}

TEST_F(ChannelUpdaterTest, TheSameSequenceIsUpToDate) {
    install_sequence_5();
    ChannelUpdater fresh(settings(), fetcher_, kiosk_check());  // a restart: no ETag
    const auto outcome = fresh.check(kNow);
    EXPECT_EQ(outcome.result, UpdateResult::up_to_date) << outcome.message;
    EXPECT_EQ(fetcher_.requested().size(), 3u) << "the archive is not fetched again";
}

TEST_F(ChannelUpdaterTest, AnExpiredIndexIsRefusedAsAFreeze) {
    const std::string kept = install_sequence_5();
    // The installed index left in place past its expiry: the server says 304, and the
    // kiosk still tells the freeze, once.
    const auto frozen = check(kNow + 8 * 86400);
    EXPECT_EQ(frozen.result, UpdateResult::expired) << frozen.message;
    EXPECT_NE(frozen.message.find("the index's sequence 5 expired at "), std::string::npos) << frozen.message;
    EXPECT_NE(frozen.message.find("refused as stale (a freeze)"), std::string::npos) << frozen.message;
    EXPECT_EQ(check(kNow + 8 * 86400).result, UpdateResult::not_modified);
    ChannelUpdater restarted(settings(), fetcher_, kiosk_check());
    EXPECT_EQ(restarted.check(kNow + 8 * 86400).result, UpdateResult::expired);

    ChannelIndex newer =
        channel_.index_for(channel_.add_archive(TestChannel::mini_pack("mini", "3.0.0")), "mini", "3.0.0", 6);
    newer.expires_unix = kNow - 1;
    channel_.publish(newer);
    const auto stale = check();
    EXPECT_EQ(stale.result, UpdateResult::expired) << stale.message;
    EXPECT_EQ(installed(), kept);
    EXPECT_EQ(sequence(), 5u);
    expect_nothing_staged();
}

// nginx's ETag is the file's time to the second and its size: an index replaced within a
// second may keep it. Every twelfth check fetches the index whole, and an index whose bytes
// are the ones judged last is not judged (nor logged) again.
TEST_F(ChannelUpdaterTest, TheIndexIsFetchedWholeNowAndThenAndTheSameBytesAreNotJudgedAgain) {
    install_sequence_5();
    std::vector<UpdateResult> results;
    for (int i = 0; i < 12; ++i) results.push_back(check().result);
    EXPECT_EQ(results, std::vector<UpdateResult>(12, UpdateResult::not_modified));
    const auto requested = fetcher_.requested().size();
    EXPECT_EQ(requested, 2u + 12u);
    channel_.publish_pack("mini", "3.0.0", 6);
    fetcher_.keep_etag_of("index.toml");  // the new index served under the old ETag
    for (int i = 0; i < 11; ++i) EXPECT_EQ(check().result, UpdateResult::not_modified);
    EXPECT_EQ(check().result, UpdateResult::installed) << "the twelfth check since the last whole one";
    EXPECT_EQ(sequence(), 6u);
}

TEST_F(ChannelUpdaterTest, AnIndexOfAnotherPackOrChannelIsRefusedAsMixAndMatch) {
    kiosk_shows("mini", "1.0.0");
    channel_.publish_pack("other", "9.0.0", 1);
    const auto other = check();
    EXPECT_EQ(other.result, UpdateResult::other_pack);
    EXPECT_EQ(other.message, "the index names pack 'other', not the kiosk's 'mini': refused as a mix-and-match");

    ChannelIndex beta =
        channel_.index_for(channel_.add_archive(TestChannel::mini_pack("mini", "2.0.0")), "mini", "2.0.0", 2);
    beta.channel = "beta";
    channel_.publish(beta);
    const auto wrong_channel = check();
    EXPECT_EQ(wrong_channel.result, UpdateResult::other_pack) << wrong_channel.message;
    EXPECT_FALSE(fs::exists(downloaded_pack_path(state_)));
    EXPECT_EQ(sequence(), 0u);
    expect_nothing_staged();
}

TEST_F(ChannelUpdaterTest, AnIndexSignedByAnotherKeyOrChangedAfterSigningIsRefused) {
    const std::string kept = install_sequence_5();
    const KeyPair stranger = generate_key_pair();
    const ChannelIndex index =
        channel_.index_for(channel_.add_archive(TestChannel::mini_pack("mini", "3.0.0")), "mini", "3.0.0", 6);
    channel_.publish(index, &stranger);
    const auto forged = check();
    EXPECT_EQ(forged.result, UpdateResult::bad_index);
    EXPECT_NE(forged.message.find("the index is refused: http://packs.test/stable/index.toml:"), std::string::npos)
        << forged.message;

    channel_.publish(index);
    std::string text = slurp(channel_.folder() / "index.toml");
    text.replace(text.find("sequence = 6"), 12, "sequence = 7");
    channel_.put("index.toml", text);
    EXPECT_EQ(check().result, UpdateResult::bad_index);
    EXPECT_EQ(installed(), kept);
    EXPECT_EQ(sequence(), 5u);
    expect_nothing_staged();
}

TEST_F(ChannelUpdaterTest, AnArchiveWhoseBytesAreNotTheIndexsIsRefusedAndFetchedAgainNextTime) {
    const std::string kept = install_sequence_5();
    const ChannelIndex index = channel_.publish_pack("mini", "3.0.0", 6);
    std::string tampered = slurp(channel_.folder() / index.archive_path);
    tampered[tampered.size() / 2] ^= 0x20;
    channel_.put(index.archive_path, tampered);
    const auto outcome = check();
    EXPECT_EQ(outcome.result, UpdateResult::archive_mismatch);
    EXPECT_NE(outcome.message.find("is not the one the index names: the archive's SHA-256 is "), std::string::npos)
        << outcome.message;
    EXPECT_EQ(installed(), kept);
    EXPECT_EQ(sequence(), 5u);
    expect_nothing_staged();

    // The mirror is mended: the next check fetches the index whole again and takes it.
    channel_.publish_pack("mini", "3.0.0", 6);
    EXPECT_EQ(check().result, UpdateResult::installed);
    EXPECT_EQ(sequence(), 6u);
}

TEST_F(ChannelUpdaterTest, AShorterOrLongerArchiveIsRefused) {
    const std::string kept = install_sequence_5();
    const ChannelIndex index = channel_.publish_pack("mini", "3.0.0", 6);
    const std::string whole = slurp(channel_.folder() / index.archive_path);
    channel_.put(index.archive_path, whole.substr(0, whole.size() - 100));  // truncated
    const auto shorter = check();
    EXPECT_EQ(shorter.result, UpdateResult::archive_mismatch);
    EXPECT_NE(shorter.message.find("the archive is " + std::to_string(whole.size() - 100) + " bytes, the index says " +
                                   std::to_string(whole.size())),
              std::string::npos)
        << shorter.message;
    channel_.put(index.archive_path, whole + "more");
    const auto longer = check();
    EXPECT_EQ(longer.result, UpdateResult::failed);  // the download stops at the index's size
    EXPECT_NE(longer.message.find("body larger than " + std::to_string(whole.size()) + " bytes"), std::string::npos)
        << longer.message;
    EXPECT_EQ(installed(), kept);
    EXPECT_EQ(sequence(), 5u);
    expect_nothing_staged();
}

TEST_F(ChannelUpdaterTest, AnArchiveSignedByAnotherKeyIsRefused) {
    const std::string kept = install_sequence_5();
    const KeyPair stranger = generate_key_pair();
    const std::string bytes = channel_.add_archive(TestChannel::mini_pack("mini", "3.0.0"), &stranger);
    channel_.publish(channel_.index_for(bytes, "mini", "3.0.0", 6));
    const auto outcome = check();
    EXPECT_EQ(outcome.result, UpdateResult::bad_archive);
    EXPECT_NE(outcome.message.find("the archive of sequence 6 (mini version 3.0.0) is refused: "), std::string::npos)
        << outcome.message;
    EXPECT_NE(outcome.message.find("signature"), std::string::npos) << outcome.message;
    EXPECT_EQ(installed(), kept);
    EXPECT_EQ(sequence(), 5u);
    expect_nothing_staged();
}

TEST_F(ChannelUpdaterTest, APackTheKioskCheckRefusesIsNotInstalled) {
    const std::string kept = install_sequence_5();
    const std::string bytes = channel_.add_archive(TestChannel::mini_pack("mini", "3.0.0", true));
    channel_.publish(channel_.index_for(bytes, "mini", "3.0.0", 6));
    const auto broken = check();
    EXPECT_EQ(broken.result, UpdateResult::bad_archive);
    EXPECT_NE(broken.message.find("zh-Hans/home.toml:"), std::string::npos) << broken.message;

    // A newer sequence may not bring an older pack than the kiosk shows.
    kiosk_shows("mini", "2.0.0");
    channel_.publish_pack("mini", "1.5.0", 7);
    const auto older = check();
    EXPECT_EQ(older.result, UpdateResult::bad_archive);
    EXPECT_NE(older.message.find("version 1.5.0 is older than version 2.0.0"), std::string::npos) << older.message;
    EXPECT_EQ(installed(), kept);
    EXPECT_EQ(sequence(), 5u);
    expect_nothing_staged();
}

TEST_F(ChannelUpdaterTest, AnArchiveLargerThanAnyPackIsNotDownloaded) {
    const std::string bytes = channel_.add_archive(TestChannel::mini_pack("mini", "3.0.0"));
    ChannelIndex index = channel_.index_for(bytes, "mini", "3.0.0", 1);
    index.archive_size = kMaxArchiveFileBytes + 1;
    channel_.publish(index);
    const auto outcome = check();
    EXPECT_EQ(outcome.result, UpdateResult::bad_archive);
    EXPECT_EQ(fetcher_.requested().size(), 1u) << "only the index";
    expect_nothing_staged();
}

TEST_F(ChannelUpdaterTest, AKioskOutsideTheRolloutWaits) {
    const std::string bytes = channel_.add_archive(TestChannel::mini_pack("mini", "3.0.0"));
    ChannelIndex index = channel_.index_for(bytes, "mini", "3.0.0", 1);
    index.rollout_percent = rollout_bucket("mini", "hall-1");  // just below this kiosk's bucket
    channel_.publish(index);
    EXPECT_EQ(check().result, UpdateResult::not_in_rollout);
    index.rollout_percent += 1;
    channel_.publish(index);
    EXPECT_EQ(check().result, UpdateResult::installed);
}

TEST_F(ChannelUpdaterTest, FailedDownloadsLeaveNothingAndAreTriedAgainInFull) {
    channel_.publish_pack("mini", "2.0.0", 1);
    fetcher_.fail_next("index.toml", "connection refused to packs.test:80");
    const auto down = check();
    EXPECT_EQ(down.result, UpdateResult::failed);
    EXPECT_EQ(down.message, "cannot fetch http://packs.test/stable/index.toml: connection refused to packs.test:80");
    fetcher_.fail_next(".kpack", "disk full while staging");
    const auto full = check();
    EXPECT_EQ(full.result, UpdateResult::failed);
    EXPECT_NE(full.message.find(": disk full while staging"), std::string::npos) << full.message;
    EXPECT_FALSE(fs::exists(downloaded_pack_path(state_)));
    expect_nothing_staged();
    EXPECT_EQ(check().result, UpdateResult::installed) << "the index is fetched whole, not 304";
}

// The sequence belongs to the channel: a kiosk moved from "beta" to "stable" starts afresh,
// and the pack check still refuses a pack older than the one shown.
TEST_F(ChannelUpdaterTest, AnotherChannelsSequenceDoesNotCount) {
    ASSERT_TRUE(write_channel_state(state_, {"beta", {"mini", 40}, "2.5.0", "digest"}));
    EXPECT_EQ(sequence(), 0u);
    kiosk_shows("mini", "2.5.0");
    channel_.publish_pack("mini", "2.0.0", 1);
    const auto older = check();
    EXPECT_EQ(older.result, UpdateResult::bad_archive);
    EXPECT_NE(older.message.find("version 2.0.0 is older than version 2.5.0"), std::string::npos) << older.message;
    channel_.publish_pack("mini", "3.0.0", 2);
    EXPECT_EQ(check().result, UpdateResult::installed);
    EXPECT_EQ(sequence(), 2u);
    EXPECT_EQ(read_channel_state(state_)->channel, "stable");
}

TEST_F(ChannelUpdaterTest, ADownloadLeftHalfWrittenByACrashIsRemovedAtStart) {
    fs::create_directories(updates_directory(state_));
    std::ofstream(fs::path(updates_directory(state_)) / "pack.kpack.part") << "half";
    std::ofstream(fs::path(updates_directory(state_)) / "index.toml.part") << "half";
    const ChannelUpdater restarted(settings(), fetcher_, kiosk_check());
    expect_nothing_staged();
}

}  // namespace
}  // namespace kiosk
