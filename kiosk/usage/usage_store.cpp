#include "usage/usage_store.h"

#include <sqlite3.h>

#include <ctime>
#include <filesystem>

namespace kiosk {
namespace {

using WallClock = UsageStore::WallClock;

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS usage_events (
  id INTEGER PRIMARY KEY,
  at INTEGER NOT NULL,          -- seconds since 1970, UTC
  day TEXT NOT NULL,            -- the UTC day, YYYY-MM-DD
  session INTEGER,              -- the kiosk's session number; none outside a session
  kind TEXT NOT NULL,           -- UsageEvent::Kind by name
  detail TEXT NOT NULL DEFAULT '',
  seconds INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS usage_events_at ON usage_events (at);
CREATE TABLE IF NOT EXISTS kiosk_counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
INSERT OR IGNORE INTO kiosk_counters VALUES ('last_session', 0);
)sql";

constexpr std::int64_t kPageSize = 4096;

std::int64_t seconds_since_epoch(WallClock::time_point at) {
    return std::chrono::duration_cast<std::chrono::seconds>(at.time_since_epoch()).count();
}

// Part of a sequence that stops at the first failure.
template <typename Step>
Status then(const Status& so_far, Step&& next) {
    return so_far ? next() : so_far;
}

}  // namespace

std::string default_usage_database(const std::string& state_dir) {
    return (std::filesystem::path(state_dir) / "usage.sqlite3").string();
}

std::int64_t local_midnight(WallClock::time_point now) {
    const std::time_t t = WallClock::to_time_t(now);
    std::tm local{};
    localtime_r(&t, &local);
    local.tm_hour = local.tm_min = local.tm_sec = 0;
    local.tm_isdst = -1;
    return static_cast<std::int64_t>(std::mktime(&local));
}

UsageStore::UsageStore(UsageStoreSettings settings, Problem problem, WallClock::time_point now)
    : settings_(std::move(settings)), problem_(std::move(problem)) {
    told(open(), "cannot keep usage statistics");
    if (db_) prune(now);
}

Status UsageStore::open() {
    std::error_code ignored;
    std::filesystem::create_directories(std::filesystem::path(settings_.path).parent_path(), ignored);
    auto db = SqliteDatabase::open(settings_.path, SqliteDatabase::Access::read_write);
    if (!db) return failure(db.error());
    const Result<std::int64_t> version = db->single_integer("PRAGMA user_version");
    if (!version) return failure(version.error());
    if (*version > kSchemaVersion) {
        return failure(Error(settings_.path, "written by a newer kiosk (schema " + std::to_string(*version) + ")"));
    }
    const std::int64_t pages = std::max<std::int64_t>(settings_.max_bytes / kPageSize, 8);
    Status ready = db->execute(
        "PRAGMA page_size = 4096; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
        "PRAGMA journal_size_limit = 4194304; PRAGMA max_page_count = " +
        std::to_string(pages));
    ready = then(ready, [&] {
        return db->execute(std::string("BEGIN;") + kSchema + "PRAGMA user_version = " + std::to_string(kSchemaVersion) +
                           "; COMMIT;");
    });
    if (!ready) return ready;
    const Result<std::int64_t> last =
        db->single_integer("SELECT value FROM kiosk_counters WHERE name = 'last_session'");
    if (!last) return failure(last.error());
    auto insert = db->prepare(
        "INSERT INTO usage_events (at, day, session, kind, detail, seconds) "
        "VALUES (?1, date(?1, 'unixepoch'), ?2, ?3, ?4, ?5)");
    if (!insert) return failure(insert.error());
    session_ = *last;
    db_ = std::move(*db);
    insert_ = std::move(*insert);
    return {};
}

void UsageStore::told(const Status& status, const std::string& doing) {
    if (status) {
        if (failing_ && problem_) problem_("usage statistics are recorded again");
        failing_ = false;
        return;
    }
    if (!failing_ && problem_) problem_(doing + ": " + status.error().to_string() + "; the kiosk goes on without");
    failing_ = true;
}

void UsageStore::record(const std::vector<UsageEvent>& events, WallClock::time_point at) {
    if (events.empty() || !db_) return;
    if (at >= next_prune_) prune(at);
    Status written = write(events, seconds_since_epoch(at));
    if (!written && full_) {
        // At its size bound: the oldest tenth makes room, once.
        const Result<std::int64_t> rows = db_->single_integer("SELECT count(*) FROM usage_events");
        if (rows && *rows > 0 && delete_oldest(*rows / 10 + 1)) written = write(events, seconds_since_epoch(at));
    }
    told(written, "cannot record usage statistics");
}

Status UsageStore::write(const std::vector<UsageEvent>& events, std::int64_t at) {
    Status status = db_->execute("BEGIN IMMEDIATE");
    if (!status) return status;
    std::int64_t session = session_;
    bool in_session = in_session_;
    for (const UsageEvent& event : events) {
        if (event.kind == UsageEvent::Kind::session_began) {
            ++session;
            in_session = true;
        }
        if (in_session) {
            insert_->bind(2, session);
        } else {
            insert_->bind_null(2);
        }
        insert_->bind(1, at).bind(3, usage_kind_name(event.kind)).bind(4, event.detail).bind(5, event.seconds);
        status = insert_->run();
        if (!status) break;
        if (event.kind == UsageEvent::Kind::session_ended) in_session = false;
    }
    if (status && session != session_) {
        status = db_->execute("UPDATE kiosk_counters SET value = " + std::to_string(session) +
                              " WHERE name = 'last_session'");
    }
    status = then(status, [&] { return db_->execute("COMMIT"); });
    full_ = !status && db_->last_error_code() == SQLITE_FULL;  // read before the rollback clears it
    if (!status) {
        (void)db_->execute("ROLLBACK");
        return status;
    }
    session_ = session;
    in_session_ = in_session;
    return {};
}

Status UsageStore::delete_oldest(std::int64_t rows) {
    return db_->execute("DELETE FROM usage_events WHERE id IN (SELECT id FROM usage_events ORDER BY id LIMIT " +
                        std::to_string(rows) + ")");
}

void UsageStore::prune(WallClock::time_point now) {
    next_prune_ = now + std::chrono::hours(24);
    if (!db_) return;
    const std::int64_t oldest = seconds_since_epoch(now) - std::int64_t{settings_.retention_days} * 86400;
    Status pruned = db_->execute("DELETE FROM usage_events WHERE at < " + std::to_string(oldest));
    if (pruned) {
        const Result<std::int64_t> rows = db_->single_integer("SELECT count(*) FROM usage_events");
        if (!rows) {
            pruned = failure(rows.error());
        } else if (*rows > settings_.max_rows) {
            pruned = delete_oldest(*rows - settings_.max_rows);
        }
    }
    told(pruned, "cannot prune usage statistics");
}

std::optional<UsageCounts> UsageStore::today(WallClock::time_point now) {
    if (!db_) return std::nullopt;
    Result<UsageCounts> counts = count_usage(*db_, local_midnight(now));
    if (!counts) return std::nullopt;
    return *counts;
}

}  // namespace kiosk
