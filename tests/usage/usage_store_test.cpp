// The usage store on its own: its schema and version, session numbers that go on across
// restarts, retention and the row cap on injected time, the size bound, and a database
// that cannot be opened or is newer than the kiosk, each told once.

#include "usage/usage_store.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "support/test_folder.h"

namespace kiosk {
namespace {

using namespace std::chrono_literals;
using Kind = UsageEvent::Kind;
using WallClock = UsageStore::WallClock;

class UsageStoreTest : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = testing::fresh_test_folder("usage-store");
        settings_.path = (dir_ / "usage.sqlite3").string();
    }
    void TearDown() override { std::filesystem::remove_all(dir_); }

    std::unique_ptr<UsageStore> open(WallClock::time_point now) {
        return std::make_unique<UsageStore>(
            settings_, [this](const std::string& message) { problems_.push_back(message); }, now);
    }
    std::int64_t rows() {
        auto db = SqliteDatabase::open(settings_.path, SqliteDatabase::Access::read_only);
        EXPECT_TRUE(db) << db.error().to_string();
        return *db->single_integer("SELECT count(*) FROM usage_events");
    }
    static std::vector<UsageEvent> session(const std::string& topic) {
        return {
            {Kind::session_began, "keypad", 0}, {Kind::topic_viewed, topic, 0}, {Kind::session_ended, "idle_reset", 5}};
    }

    std::filesystem::path dir_;
    UsageStoreSettings settings_;
    std::vector<std::string> problems_;
    const WallClock::time_point day0_ = WallClock::time_point{} + 20000 * 24h;
};

TEST_F(UsageStoreTest, ItsSchemaHasAVersionAndItWritesAheadOfTheDatabase) {
    auto store = open(day0_);
    ASSERT_TRUE(store->is_open()) << (problems_.empty() ? "" : problems_.front());
    store->record(session("legal-aid"), day0_);
    auto db = SqliteDatabase::open(settings_.path, SqliteDatabase::Access::read_only);
    ASSERT_TRUE(db);
    EXPECT_EQ(*db->single_integer("PRAGMA user_version"), UsageStore::kSchemaVersion);
    auto mode = db->prepare("PRAGMA journal_mode");
    ASSERT_TRUE(mode);
    ASSERT_TRUE(*mode->step());
    EXPECT_EQ(mode->text(0), "wal");
    auto day = db->prepare("SELECT day, session, detail FROM usage_events WHERE kind = 'topic_viewed'");
    ASSERT_TRUE(day);
    ASSERT_TRUE(*day->step());
    EXPECT_EQ(day->text(0), "2024-10-04") << "the UTC day of 20000 days after 1970";
    EXPECT_EQ(day->integer(1), 1);
    EXPECT_EQ(day->text(2), "legal-aid");
    EXPECT_TRUE(problems_.empty());
}

TEST_F(UsageStoreTest, SessionNumbersGoOnAfterARestart) {
    open(day0_)->record(session("a"), day0_);
    auto store = open(day0_ + 1h);
    EXPECT_EQ(store->session(), 1);
    store->record(session("b"), day0_ + 1h);
    EXPECT_EQ(store->session(), 2);
    store->record({{Kind::pack_update, "shown", 0}}, day0_ + 2h);
    auto db = SqliteDatabase::open(settings_.path, SqliteDatabase::Access::read_only);
    EXPECT_EQ(*db->single_integer("SELECT count(*) FROM usage_events WHERE kind = 'pack_update' AND session IS NULL"),
              1)
        << "outside a session, no session number";
}

TEST_F(UsageStoreTest, EventsPastTheRetentionPeriodGoAtTheFirstWriteOfANewDay) {
    settings_.retention_days = 30;
    auto store = open(day0_);
    store->record(session("old"), day0_);
    store->record(session("recent"), day0_ + 20 * 24h);
    EXPECT_EQ(rows(), 6);
    store->record(session("new"), day0_ + 31 * 24h);
    EXPECT_EQ(rows(), 6) << "the first session is past 30 days";
    open(day0_ + 62 * 24h);
    EXPECT_EQ(rows(), 0) << "pruned when it opens, too";
}

TEST_F(UsageStoreTest, OverTheRowCapTheOldestGo) {
    settings_.max_rows = 10;
    auto store = open(day0_);
    for (int i = 0; i < 10; ++i) store->record(session("t" + std::to_string(i)), day0_ + i * 1min);
    EXPECT_EQ(rows(), 30) << "between prunes the cap may be passed";
    open(day0_ + 1h);
    EXPECT_EQ(rows(), 10);
    auto db = SqliteDatabase::open(settings_.path, SqliteDatabase::Access::read_only);
    EXPECT_EQ(*db->single_integer("SELECT count(*) FROM usage_events WHERE detail = 't9'"), 1) << "the newest stay";
}

TEST_F(UsageStoreTest, AtItsSizeBoundTheOldestTenthMakesRoom) {
    settings_.max_bytes = 64 * 1024;
    auto store = open(day0_);
    const std::string topic(200, 'x');
    for (int i = 0; i < 2000; ++i) store->record(session(topic), day0_ + i * 1s);
    EXPECT_TRUE(problems_.empty()) << problems_.front();
    EXPECT_LE(std::filesystem::file_size(settings_.path), 64u * 1024u);
    EXPECT_GT(rows(), 30);
}

TEST_F(UsageStoreTest, ADatabaseThatCannotBeOpenedIsToldOnceAndNothingElseHappens) {
    std::ofstream(dir_ / "a-file") << "not a folder";
    settings_.path = (dir_ / "a-file" / "usage.sqlite3").string();
    auto store = open(day0_);
    EXPECT_FALSE(store->is_open());
    for (int i = 0; i < 5; ++i) store->record(session("x"), day0_ + i * 1min);
    ASSERT_EQ(problems_.size(), 1u);
    EXPECT_NE(problems_[0].find("cannot keep usage statistics"), std::string::npos) << problems_[0];
    EXPECT_FALSE(store->today(day0_).has_value());
}

TEST_F(UsageStoreTest, AReadOnlyDatabaseIsToldOnceAndTheKioskGoesOn) {
    open(day0_)->record(session("kept"), day0_);
    settings_.path = "file:" + settings_.path + "?mode=ro";  // as a read-only mount would open it
    auto store = open(day0_ + 1min);
    for (int i = 0; i < 5; ++i) store->record(session("lost"), day0_ + (2 + i) * 1min);
    ASSERT_EQ(problems_.size(), 1u);
    EXPECT_NE(problems_[0].find("readonly"), std::string::npos) << problems_[0];
    settings_.path = (dir_ / "usage.sqlite3").string();
    EXPECT_EQ(rows(), 3) << "what was there is untouched";
}

TEST_F(UsageStoreTest, ADatabaseWrittenByANewerKioskIsLeftAlone) {
    {
        auto db = SqliteDatabase::open(settings_.path, SqliteDatabase::Access::read_write);
        ASSERT_TRUE(db->execute("PRAGMA user_version = 99"));
    }
    auto store = open(day0_);
    EXPECT_FALSE(store->is_open());
    ASSERT_EQ(problems_.size(), 1u);
    EXPECT_NE(problems_[0].find("newer kiosk"), std::string::npos) << problems_[0];
}

TEST_F(UsageStoreTest, TodayCountsFromLocalMidnight) {
    auto store = open(day0_);
    const auto midnight = WallClock::time_point{} + std::chrono::seconds(local_midnight(day0_ + 12h));
    store->record(session("yesterday"), midnight - 1min);
    store->record({{Kind::session_began, "touch", 0}, {Kind::speech, "on", 0}, {Kind::topic_viewed, "a", 0}},
                  midnight + 1min);
    store->record({{Kind::topic_viewed, "b", 0}, {Kind::say_all, "", 0}}, midnight + 2min);
    const std::optional<UsageCounts> today = store->today(midnight + 3h);
    ASSERT_TRUE(today.has_value());
    EXPECT_EQ(today->sessions, 1);
    EXPECT_EQ(today->sessions_by_touch, 1);
    EXPECT_EQ(today->topic_views, 2);
    EXPECT_EQ(today->sessions_with_speech, 1);
    EXPECT_EQ(today->say_all, 1);
    EXPECT_EQ(today->idle_resets, 0);
}

}  // namespace
}  // namespace kiosk
