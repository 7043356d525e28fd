// kiosk-stats: what the kiosk's anonymous usage statistics say. Reads the database the
// kiosk writes (read-only, so it runs beside the kiosk), prints a summary in plain words or
// exports CSV.

#include <CLI/CLI.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>

#include "platform/guarded_main.h"
#include "stats_tool/usage_report.h"

namespace kiosk {
namespace {

constexpr int kUsageError = 2;
constexpr int kFailed = 3;

struct Arguments {
    std::string db;
    int days = 0;
    std::string since;
    std::string output;
    bool per_day = false;
};

int failed(const Error& error) {
    std::fprintf(stderr, "kiosk-stats: %s\n", error.to_string().c_str());
    return kFailed;
}

// The start of the span asked for, in seconds since 1970 (UTC), and its words.
Result<std::pair<std::int64_t, std::string>> span_start(const Arguments& args) {
    using namespace std::chrono;
    if (!args.since.empty()) {
        std::istringstream in(args.since);
        int y = 0;
        unsigned m = 0;
        unsigned d = 0;
        char dash1 = 0;
        char dash2 = 0;
        in >> y >> dash1 >> m >> dash2 >> d;
        const year_month_day day{year{y}, month{m}, std::chrono::day{d}};
        if (!in || dash1 != '-' || dash2 != '-' || !in.eof() || !day.ok()) {
            return failure("--since " + args.since + ": expected a day as YYYY-MM-DD");
        }
        return std::pair{static_cast<std::int64_t>(sys_seconds(sys_days(day)).time_since_epoch().count()),
                         "since " + args.since + " (UTC)"};
    }
    if (args.days > 0) {
        const auto now = duration_cast<seconds>(system_clock::now().time_since_epoch()).count();
        return std::pair{static_cast<std::int64_t>(now - std::int64_t{args.days} * 86400),
                         "in the last " + std::to_string(args.days) + " days"};
    }
    return std::pair{std::int64_t{0}, std::string("over everything recorded")};
}

int run(const std::string& command, const Arguments& args) {
    const auto span = span_start(args);
    if (!span) {
        std::fprintf(stderr, "kiosk-stats: %s\n", span.error().to_string().c_str());
        return kUsageError;
    }
    auto db = SqliteDatabase::open(args.db, SqliteDatabase::Access::read_only);
    if (!db) return failed(db.error());
    std::ofstream file;
    if (!args.output.empty()) {
        file.open(args.output);
        if (!file) return failed(Error(args.output, "cannot write"));
    }
    std::ostream& out = args.output.empty() ? std::cout : file;
    Status done;
    if (command == "summary") {
        done = print_summary(*db, span->first, span->second, out);
    } else if (args.per_day) {
        done = export_days_csv(*db, span->first, out);
    } else {
        done = export_events_csv(*db, span->first, out);
    }
    if (!done) return failed(done.error());
    out.flush();
    if (!out) return failed(Error(args.output, "cannot write"));
    return EXIT_SUCCESS;
}

void add_span(CLI::App& command, Arguments& args) {
    command.add_option("--db", args.db, "the kiosk's usage database (its --stats-db)")->required();
    auto* days = command.add_option("--days", args.days, "only the last N days")->check(CLI::PositiveNumber);
    command.add_option("--since", args.since, "only from this UTC day on, YYYY-MM-DD")->excludes(days);
}

int start(int argc, char** argv) {
    CLI::App app{"What the Access Kiosk's anonymous usage statistics say.", "kiosk-stats"};
    app.require_subcommand(1);
    Arguments args;
    CLI::App* summary = app.add_subcommand("summary", "sessions, languages, topics and accessibility modes, in words");
    add_span(*summary, args);
    summary->add_option("-o", args.output, "write to FILE instead of the screen");
    CLI::App* csv = app.add_subcommand("csv", "export as CSV: every event, or counts per day");
    add_span(*csv, args);
    csv->add_option("-o", args.output, "write to FILE instead of the screen");
    csv->add_flag("--per-day", args.per_day, "one row per UTC day instead of one per event");
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        return app.exit(error) == 0 ? EXIT_SUCCESS : kUsageError;
    }
    return run(summary->parsed() ? "summary" : "csv", args);
}

}  // namespace
}  // namespace kiosk

int main(int argc, char** argv) {
    return kiosk::guarded_main("kiosk-stats", [&] { return kiosk::start(argc, argv); });
}
