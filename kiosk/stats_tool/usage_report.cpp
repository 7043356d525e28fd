#include "stats_tool/usage_report.h"

#include "usage/usage_counts.h"

namespace kiosk {
namespace {

using Kind = UsageEvent::Kind;

std::string percent(std::int64_t part, std::int64_t whole) {
    if (whole == 0) return "";
    return " (" + std::to_string((part * 100 + whole / 2) / whole) + "%)";
}

// "legal-aid 6, hotlines 2", or "none".
std::string listed(const Ranking& ranking, const std::string& suffix = "", const std::string& unit = "") {
    if (ranking.empty()) return "none";
    std::string text;
    for (const auto& [detail, count] : ranking) {
        if (!text.empty()) text += ", ";
        text += detail + suffix + (unit.empty() ? " " : " in ") + std::to_string(count) + unit;
    }
    return text;
}

std::string csv_field(const std::string& text) {
    if (text.find_first_of(",\"\n\r") == std::string::npos) return text;
    std::string quoted = "\"";
    for (char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

}  // namespace

Status print_summary(SqliteDatabase& db, std::int64_t since, const std::string& span, std::ostream& out) {
    const Result<UsageCounts> counts = count_usage(db, since);
    if (!counts) return failure(counts.error());
    struct Ranked {
        Kind kind;
        bool by_session;
        Ranking ranking;
    };
    Ranked ranked[] = {{Kind::language, false, {}},
                       {Kind::category_viewed, false, {}},
                       {Kind::topic_viewed, false, {}},
                       {Kind::text_size, true, {}},
                       {Kind::theme, true, {}}};
    for (Ranked& r : ranked) {
        auto ranking = rank_details(db, r.kind, since, r.by_session);
        if (!ranking) return failure(ranking.error());
        r.ranking = std::move(*ranking);
    }
    const UsageCounts& c = *counts;
    const std::int64_t open = c.sessions - c.idle_resets - c.other_endings;
    out << "Usage " << span << ", from " << db.path() << "\n"
        << "Sessions: " << c.sessions << " (ended by an idle reset " << c.idle_resets << ", otherwise "
        << c.other_endings << ", still open or cut short " << (open > 0 ? open : 0) << ")\n"
        << "Begun by touch: " << c.sessions_by_touch << ", by keypad: " << c.sessions_by_keypad << "; both used in "
        << c.sessions_using_both << "\n"
        << "Languages chosen: " << listed(ranked[0].ranking) << "\n"
        << "Category views: " << c.category_views << ": " << listed(ranked[1].ranking) << "\n"
        << "Topic views: " << c.topic_views << ": " << listed(ranked[2].ranking) << "\n"
        << "Speech on: " << c.sessions_with_speech << " of " << c.sessions << " sessions"
        << percent(c.sessions_with_speech, c.sessions) << "\n"
        << "Text sizes chosen: " << listed(ranked[3].ranking, "%", " sessions") << "\n"
        << "Themes chosen: " << listed(ranked[4].ranking, "", " sessions") << "\n"
        << "Privacy mode: " << c.sessions_with_privacy << " of " << c.sessions << " sessions"
        << percent(c.sessions_with_privacy, c.sessions) << "\n"
        << "Say-all: " << c.say_all << " times\n"
        << "Pack updates: " << c.packs_shown << " shown, " << c.packs_refused << " refused\n";
    return {};
}

Status export_events_csv(SqliteDatabase& db, std::int64_t since, std::ostream& out) {
    auto query = db.prepare(
        "SELECT strftime('%Y-%m-%dT%H:%M:%SZ', at, 'unixepoch'), day, coalesce(session, ''), kind, detail, seconds "
        "FROM usage_events WHERE at >= ?1 ORDER BY id");
    if (!query) return failure(query.error());
    query->bind(1, since);
    out << "time_utc,day,session,kind,detail,seconds\n";
    return query->each_row([&] {
        out << query->text(0) << ',' << query->text(1) << ',' << query->text(2) << ',' << csv_field(query->text(3))
            << ',' << csv_field(query->text(4)) << ',' << query->integer(5) << '\n';
    });
}

Status export_days_csv(SqliteDatabase& db, std::int64_t since, std::ostream& out) {
    auto query = db.prepare(R"sql(
SELECT day,
  sum(kind = 'session_began'),
  sum(kind = 'session_ended' AND detail = 'idle_reset'),
  sum(kind = 'topic_viewed'),
  sum(kind = 'category_viewed'),
  count(DISTINCT CASE WHEN kind = 'speech' AND detail = 'on' THEN session END),
  sum(kind = 'say_all'),
  sum(kind = 'session_began' AND detail = 'touch'),
  sum(kind = 'session_began' AND detail = 'keypad'),
  sum(kind = 'pack_update' AND detail = 'shown'),
  sum(kind = 'pack_update' AND detail = 'refused')
FROM usage_events WHERE at >= ?1 GROUP BY day ORDER BY day)sql");
    if (!query) return failure(query.error());
    query->bind(1, since);
    out << "day,sessions,idle_resets,topic_views,category_views,sessions_with_speech,say_all,"
           "sessions_by_touch,sessions_by_keypad,packs_shown,packs_refused\n";
    return query->each_row([&] {
        out << query->text(0);
        for (int column = 1; column <= 10; ++column) out << ',' << query->integer(column);
        out << '\n';
    });
}

}  // namespace kiosk
