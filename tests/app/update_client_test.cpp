// The pack update client on a made-up clock: what it logs of each check (a failure once
// per backoff step, the server answering again, every refusal once), the status it keeps,
// and its thread, which stops at once even in the middle of a download.

#include "app/update_client.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "support/folder_fetcher.h"
#include "support/test_channel.h"
#include "support/test_folder.h"

namespace fs = std::filesystem;

namespace kiosk {
namespace {

using namespace std::chrono_literals;
using testing::TestChannel;

const UpdateClient::SteadyClock::time_point kStart{};
const UpdateClient::WallClock::time_point kWall{std::chrono::seconds(TestChannel::kNow)};

class UpdateClientTest : public ::testing::Test {
protected:
    UpdateClientTest()
        : dir_(testing::fresh_test_folder("update-client")), channel_(dir_ / "web"), fetcher_(dir_ / "web") {}

    std::unique_ptr<UpdateClient> client(std::chrono::seconds every = 300s,
                                         UpdateClient::SteadyClock::time_point start = kStart) {
        ChannelSettings settings;
        settings.update_url = "http://packs.test/";
        settings.kiosk_id = "hall-1";
        settings.trusted_key = channel_.key().public_hex;
        settings.state_dir = (dir_ / "state").string();
        // The archive's own signature and pack check are ChannelUpdater's tests; here any
        // archive matching its index is taken.
        ChannelUpdater updater(settings, fetcher_, [](const std::string&) { return Status{}; });
        return std::make_unique<UpdateClient>(
            std::move(updater), every, [this](const std::string& line) { lines_.push_back(line); }, [] { return 0.5; },
            start);
    }

    // Checks whenever the schedule says, until `until`.
    void run_until(UpdateClient& client, UpdateClient::SteadyClock::time_point until) {
        while (client.next_check() <= until) {
            const auto at = client.next_check();
            client.check(at, kWall + (at - kStart));
        }
    }

    fs::path dir_;
    TestChannel channel_;
    testing::FolderFetcher fetcher_;
    std::vector<std::string> lines_;
};

TEST_F(UpdateClientTest, AServerDownIsToldOncePerBackoffStepAndItsReturnOnce) {
    auto updates = client();
    channel_.publish_pack("mini", "2.0.0", 1);
    for (int i = 0; i < 6; ++i) fetcher_.fail_next("index.toml", "connection refused to packs.test:80");
    // Checks at 22.5 s, then 10, 20, 40, 40 and 40 min apart fail; the one at 3 h 10 min answers.
    run_until(*updates, kStart + 4h);
    ASSERT_EQ(lines_.size(), 5u) << ::testing::PrintToString(lines_);
    const std::string failed =
        "pack update check failed, keeping the current pack: cannot fetch http://packs.test/stable/index.toml: "
        "connection refused to packs.test:80; next check in ";
    EXPECT_EQ(lines_[0], failed + "10 min (backoff step 1)");
    EXPECT_EQ(lines_[1], failed + "20 min (backoff step 2)");
    EXPECT_EQ(lines_[2], failed + "40 min (backoff step 3)");
    EXPECT_EQ(lines_[3], "pack update check: http://packs.test/stable/index.toml answers again");
    EXPECT_EQ(lines_[4],
              "pack update downloaded: sequence 1 (mini version 2.0.0) of channel stable installed; it is shown once "
              "nobody is using the kiosk");
    EXPECT_EQ(fetcher_.requested().size(), 6u + 2u + 9u);  // the failures, the update, then 304 every 5 min
    const UpdateStatus status = updates->status();
    EXPECT_EQ(status.last_result, UpdateResult::up_to_date);  // 304 after the install
    EXPECT_EQ(status.last_message, "up to date at sequence 1");
    EXPECT_EQ(status.installed_sequence, 1u);
    EXPECT_EQ(status.channel, "stable");
}

TEST_F(UpdateClientTest, ARefusalIsToldOnceAndTheStatusSaysWhy) {
    auto updates = client();
    EXPECT_EQ(updates->status().last_result, UpdateResult::not_checked);
    const KeyPair stranger = generate_key_pair();
    const std::string bytes = channel_.add_archive(TestChannel::mini_pack("mini", "2.0.0"));
    channel_.publish(channel_.index_for(bytes, "mini", "2.0.0", 1), &stranger);
    run_until(*updates, kStart + 1h);
    ASSERT_EQ(lines_.size(), 1u) << ::testing::PrintToString(lines_);
    EXPECT_EQ(lines_[0].rfind("pack update refused, keeping the current pack: the index is refused: ", 0), 0u)
        << lines_[0];
    const UpdateStatus status = updates->status();
    EXPECT_EQ(status.last_result, UpdateResult::bad_index) << "the refused index is still served (304)";
    EXPECT_EQ(status.last_message.rfind("the index is refused: ", 0), 0u) << status.last_message;
    EXPECT_EQ(status.installed_sequence, 0u);
    ASSERT_TRUE(status.last_check);
    EXPECT_GT(*status.last_check, kWall + 55min);

    // Checks went on at the usual pace: a refusal is an answer, not a failure.
    EXPECT_GE(fetcher_.requested().size(), 12u);
}

TEST_F(UpdateClientTest, AnArchiveThatDoesNotMatchBacksOff) {
    auto updates = client();
    const ChannelIndex index = channel_.publish_pack("mini", "2.0.0", 1);
    channel_.put(index.archive_path, "not the archive");
    run_until(*updates, kStart + 2h);
    ASSERT_GE(lines_.size(), 3u);
    EXPECT_NE(lines_[0].find("pack update refused, keeping the current pack: the archive at "), std::string::npos)
        << lines_[0];
    EXPECT_NE(lines_[0].find("; next check in 10 min (backoff step 1)"), std::string::npos) << lines_[0];
    EXPECT_EQ(updates->status().last_result, UpdateResult::archive_mismatch);
    EXPECT_FALSE(fs::exists(downloaded_pack_path((dir_ / "state").string())));
}

TEST_F(UpdateClientTest, TheThreadStopsAtOnceWhileWaiting) {
    // Started now on the real clock (kStart is the clock's epoch, long past): the first
    // check is hours away, so only the stop can end the wait.
    auto updates = client(86400s, UpdateClient::SteadyClock::now());
    updates->start();
    updates.reset();  // joins: the condition variable wakes it, no wait for the next check
    EXPECT_TRUE(lines_.empty());
}

TEST_F(UpdateClientTest, TheThreadStopsAtOnceInTheMiddleOfADownload) {
    channel_.publish_pack("mini", "2.0.0", 1);
    fetcher_.hang(".kpack");
    ChannelSettings settings;
    settings.update_url = "http://packs.test";
    settings.trusted_key = channel_.key().public_hex;
    settings.state_dir = (dir_ / "state").string();
    auto updates = std::make_unique<UpdateClient>(
        ChannelUpdater(settings, fetcher_, [](const std::string&) { return Status{}; }), 300s,
        [this](const std::string& line) { lines_.push_back(line); }, [] { return 0.0; },
        UpdateClient::SteadyClock::now());
    updates->start();
    fetcher_.entered_hang().wait(false);
    updates.reset();
    EXPECT_TRUE(lines_.empty()) << "a download given up on the way out is not logged: " << lines_.front();
    EXPECT_FALSE(fs::exists(fs::path(updates_directory(settings.state_dir)) / "pack.kpack.part"));
}

}  // namespace
}  // namespace kiosk
