#include "usage/sqlite_database.h"

#include <sqlite3.h>

namespace kiosk {

void SqliteStatement::Finalize::operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
void SqliteDatabase::Close::operator()(sqlite3* db) const { sqlite3_close_v2(db); }

SqliteStatement::SqliteStatement(sqlite3_stmt* statement, std::string path)
    : statement_(statement), path_(std::move(path)) {}

SqliteStatement& SqliteStatement::bind(int index, std::int64_t value) {
    sqlite3_bind_int64(statement_.get(), index, value);
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, std::string_view text) {
    sqlite3_bind_text(statement_.get(), index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement& SqliteStatement::bind_null(int index) {
    sqlite3_bind_null(statement_.get(), index);
    return *this;
}

Result<bool> SqliteStatement::step() {
    const int code = sqlite3_step(statement_.get());
    if (code == SQLITE_ROW) return true;
    if (code == SQLITE_DONE) return false;
    Error error(path_, sqlite3_errmsg(sqlite3_db_handle(statement_.get())));
    reset();
    return failure(std::move(error));
}

Status SqliteStatement::run() {
    return each_row([] {});
}

Status SqliteStatement::each_row(const std::function<void()>& row) {
    while (true) {
        const Result<bool> stepped = step();
        if (!stepped) return failure(stepped.error());
        if (!*stepped) break;
        row();
    }
    reset();
    return {};
}

std::int64_t SqliteStatement::integer(int column) const { return sqlite3_column_int64(statement_.get(), column); }

std::string SqliteStatement::text(int column) const {
    const unsigned char* text = sqlite3_column_text(statement_.get(), column);
    return text == nullptr ? std::string() : std::string(reinterpret_cast<const char*>(text));
}

void SqliteStatement::reset() {
    sqlite3_reset(statement_.get());
    sqlite3_clear_bindings(statement_.get());
}

SqliteDatabase::SqliteDatabase(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}

Result<SqliteDatabase> SqliteDatabase::open(const std::string& path, Access access) {
    sqlite3* db = nullptr;
    const int flags = access == Access::read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    const int code = sqlite3_open_v2(path.c_str(), &db, flags | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI, nullptr);
    SqliteDatabase database(db, path);
    if (code != SQLITE_OK) return failure(database.error("cannot open the database"));
    sqlite3_busy_timeout(db, 1000);  // kiosk-stats reading beside the kiosk waits, never fails at once
    sqlite3_extended_result_codes(db, 0);
    return database;
}

Error SqliteDatabase::error(const std::string& doing) const {
    const char* said = db_ ? sqlite3_errmsg(db_.get()) : "out of memory";
    return Error(path_, doing + ": " + said);
}

Status SqliteDatabase::execute(const std::string& sql) {
    if (sqlite3_exec(db_.get(), sql.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK) return failure(error(sql));
    return {};
}

Result<SqliteStatement> SqliteDatabase::prepare(const std::string& sql) {
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v3(db_.get(), sql.c_str(), -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK) {
        return failure(error(sql));
    }
    return SqliteStatement(statement, path_);
}

Result<std::int64_t> SqliteDatabase::single_integer(const std::string& sql) {
    auto statement = prepare(sql);
    if (!statement) return failure(statement.error());
    const Result<bool> row = statement->step();
    if (!row) return failure(row.error());
    return *row ? statement->integer(0) : 0;
}

int SqliteDatabase::last_error_code() const { return sqlite3_errcode(db_.get()) & 0xff; }

}  // namespace kiosk
