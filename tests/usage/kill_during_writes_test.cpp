// A power cut mid-write, as near as a test gets to one: a child process writes usage
// events through the real store in a loop and is killed with SIGKILL at varied points,
// 100 times over one database. Afterwards SQLite's integrity check passes and every
// transaction the child reported committed is there.

#include <gtest/gtest.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>

#include "support/test_folder.h"
#include "usage/usage_store.h"

namespace kiosk {
namespace {

using Kind = UsageEvent::Kind;
constexpr int kKills = 100;
constexpr std::int64_t kEventsPerWrite = 4;

// The child: writes sessions until killed, telling the parent after each commit.
[[noreturn]] void write_until_killed(const std::string& path, int report) {
    UsageStoreSettings settings;
    settings.path = path;
    UsageStore store(settings, nullptr, UsageStore::WallClock::now());
    const std::vector<UsageEvent> events = {{Kind::session_began, "touch", 0},
                                            {Kind::topic_viewed, "legal-aid", 0},
                                            {Kind::speech, "on", 0},
                                            {Kind::session_ended, "idle_reset", 12}};
    while (true) {
        store.record(events, UsageStore::WallClock::now());
        const char committed = 1;
        if (::write(report, &committed, 1) != 1) ::_exit(1);
    }
}

TEST(KillDuringWrites, AHundredKillsLeaveADatabaseThatPassesItsIntegrityCheck) {
    const std::filesystem::path dir = testing::fresh_test_folder("usage-kill");
    const std::string path = (dir / "usage.sqlite3").string();
    std::int64_t committed = 0;
    for (int kill = 0; kill < kKills; ++kill) {
        int pipe_fds[2];
        ASSERT_EQ(::pipe(pipe_fds), 0);
        const pid_t child = ::fork();
        ASSERT_GE(child, 0);
        if (child == 0) {
            ::close(pipe_fds[0]);
            write_until_killed(path, pipe_fds[1]);
        }
        ::close(pipe_fds[1]);
        // Killed after a varied number of commits (0 to 6): during opening, a write or
        // a commit, wherever the child happens to be.
        const int wanted = kill % 7;
        int seen = 0;
        while (seen < wanted) {
            pollfd ready{pipe_fds[0], POLLIN, 0};
            ASSERT_GT(::poll(&ready, 1, 5000), 0) << "the writer stalled";
            char acks[64];
            const ssize_t got = ::read(pipe_fds[0], acks, sizeof acks);
            ASSERT_GT(got, 0);
            seen += static_cast<int>(got);
        }
        ::kill(child, SIGKILL);
        int status = 0;
        ::waitpid(child, &status, 0);
        EXPECT_TRUE(WIFSIGNALED(status));
        char acks[4096];
        for (ssize_t got = 0; (got = ::read(pipe_fds[0], acks, sizeof acks)) > 0;) seen += static_cast<int>(got);
        ::close(pipe_fds[0]);
        committed += seen;
    }
    auto db = SqliteDatabase::open(path, SqliteDatabase::Access::read_write);
    ASSERT_TRUE(db) << db.error().to_string();
    auto check = db->prepare("PRAGMA integrity_check");
    ASSERT_TRUE(check);
    ASSERT_TRUE(*check->step());
    EXPECT_EQ(check->text(0), "ok");
    const std::int64_t rows = *db->single_integer("SELECT count(*) FROM usage_events");
    EXPECT_GE(rows, committed * kEventsPerWrite) << "every reported commit survives a killed process";
    EXPECT_LE(rows, (committed + kKills) * kEventsPerWrite) << "at most one unreported commit per kill";
    EXPECT_EQ(rows % kEventsPerWrite, 0) << "transactions are whole or absent";
    const std::int64_t sessions = *db->single_integer("SELECT value FROM kiosk_counters WHERE name = 'last_session'");
    EXPECT_EQ(sessions * kEventsPerWrite, rows) << "the session counter commits with its events";
    std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace kiosk
