#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"

struct sqlite3;
struct sqlite3_stmt;

namespace kiosk {

// One SQLite statement, prepared once and run many times. Values are bound by position
// (1-based, as SQLite counts).
class SqliteStatement {
public:
    SqliteStatement(sqlite3_stmt* statement, std::string path);

    SqliteStatement& bind(int index, std::int64_t value);
    SqliteStatement& bind(int index, std::string_view text);
    SqliteStatement& bind_null(int index);
    // Runs to the next row: true with a row to read, false when done.
    Result<bool> step();
    // Runs a statement that returns no rows (or ignores them), then readies it again.
    Status run();
    // Steps through every row, calling `row` on each, then readies the statement again.
    Status each_row(const std::function<void()>& row);
    std::int64_t integer(int column) const;
    std::string text(int column) const;
    void reset();

private:
    struct Finalize {
        void operator()(sqlite3_stmt* statement) const;
    };
    std::unique_ptr<sqlite3_stmt, Finalize> statement_;
    std::string path_;
};

// A connection to one database file. Errors name the file and say what SQLite said.
class SqliteDatabase {
public:
    enum class Access { read_write, read_only };

    static Result<SqliteDatabase> open(const std::string& path, Access access);

    Status execute(const std::string& sql);
    Result<SqliteStatement> prepare(const std::string& sql);
    // The one integer a query such as "PRAGMA user_version" returns.
    Result<std::int64_t> single_integer(const std::string& sql);
    // SQLite's primary result code of the last failure (SQLITE_FULL, SQLITE_READONLY, ...).
    int last_error_code() const;
    const std::string& path() const { return path_; }

private:
    struct Close {
        void operator()(sqlite3* db) const;
    };
    SqliteDatabase(sqlite3* db, std::string path);
    Error error(const std::string& doing) const;

    std::unique_ptr<sqlite3, Close> db_;
    std::string path_;
};

}  // namespace kiosk
