#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "flow/usage_event.h"
#include "usage/sqlite_database.h"
#include "usage/usage_counts.h"

namespace kiosk {

struct UsageStoreSettings {
    std::string path;
    int retention_days = 365;             // older events are deleted
    std::int64_t max_rows = 500000;       // beyond this the oldest go
    std::int64_t max_bytes = 64ll << 20;  // the file never grows past this
};

// The anonymous usage events in an SQLite database. WAL with synchronous=NORMAL: a commit
// writes to the WAL without waiting for the disk, and a power cut loses at most the last
// commits, never the database. Bounded: events older than the retention period and rows
// over the cap are deleted when it opens and once a day, and SQLite refuses to grow the
// file past max_bytes (then the oldest tenth goes). A database that cannot be written is
// told once, through `problem`, and the kiosk goes on without it.
class UsageStore {
public:
    using WallClock = std::chrono::system_clock;
    using Problem = std::function<void(const std::string&)>;

    static constexpr std::int64_t kSchemaVersion = 1;

    UsageStore(UsageStoreSettings settings, Problem problem, WallClock::time_point now);

    // One transaction for the events of one step, stamped with `at` and the session number.
    void record(const std::vector<UsageEvent>& events, WallClock::time_point at);
    // Deletes what is past the retention period or over the cap.
    void prune(WallClock::time_point now);
    // Today's counts, from local midnight before `now`; none without a database.
    std::optional<UsageCounts> today(WallClock::time_point now);

    bool is_open() const { return db_.has_value(); }
    // The kiosk's session number: the last session begun, counted over the database's life.
    std::int64_t session() const { return session_; }

private:
    Status open();
    Status write(const std::vector<UsageEvent>& events, std::int64_t at);
    Status delete_oldest(std::int64_t rows);
    void told(const Status& status, const std::string& doing);

    UsageStoreSettings settings_;
    Problem problem_;
    std::optional<SqliteDatabase> db_;
    std::optional<SqliteStatement> insert_;
    std::int64_t session_ = 0;
    bool in_session_ = false;
    bool failing_ = false;
    bool full_ = false;  // the last write failed at the size bound
    WallClock::time_point next_prune_;
};

// The database the kiosk writes its usage to, by default: in its state directory.
std::string default_usage_database(const std::string& state_dir);
// Local midnight before `now`, as seconds since 1970.
std::int64_t local_midnight(std::chrono::system_clock::time_point now);

}  // namespace kiosk
