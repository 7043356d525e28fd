#include "usage/usage_counts.h"

#include <array>

namespace kiosk {
namespace {

// One pass over the span; each column one count of UsageCounts, in its order.
constexpr const char* kCountSql = R"sql(
SELECT
  coalesce(sum(kind = 'session_began'), 0),
  coalesce(sum(kind = 'session_ended' AND detail = 'idle_reset'), 0),
  coalesce(sum(kind = 'session_ended' AND detail <> 'idle_reset'), 0),
  coalesce(sum(kind = 'topic_viewed'), 0),
  coalesce(sum(kind = 'category_viewed'), 0),
  count(DISTINCT CASE WHEN kind = 'speech' AND detail = 'on' THEN session END),
  count(DISTINCT CASE WHEN kind = 'privacy' AND detail = 'on' THEN session END),
  coalesce(sum(kind = 'say_all'), 0),
  coalesce(sum(kind = 'session_began' AND detail = 'touch'), 0),
  coalesce(sum(kind = 'session_began' AND detail = 'keypad'), 0),
  (SELECT count(*) FROM (SELECT session FROM usage_events
     WHERE at >= ?1 AND kind = 'input_method' GROUP BY session HAVING count(DISTINCT detail) = 2)),
  coalesce(sum(kind = 'pack_update' AND detail = 'shown'), 0),
  coalesce(sum(kind = 'pack_update' AND detail = 'refused'), 0)
FROM usage_events WHERE at >= ?1
)sql";

}  // namespace

Result<UsageCounts> count_usage(SqliteDatabase& db, std::int64_t since) {
    auto query = db.prepare(kCountSql);
    if (!query) return failure(query.error());
    query->bind(1, since);
    const Result<bool> row = query->step();
    if (!row) return failure(row.error());
    UsageCounts counts;
    const std::array<std::int64_t*, 13> fields{
        &counts.sessions,          &counts.idle_resets,          &counts.other_endings,         &counts.topic_views,
        &counts.category_views,    &counts.sessions_with_speech, &counts.sessions_with_privacy, &counts.say_all,
        &counts.sessions_by_touch, &counts.sessions_by_keypad,   &counts.sessions_using_both,   &counts.packs_shown,
        &counts.packs_refused};
    for (std::size_t i = 0; i < fields.size(); ++i) *fields[i] = query->integer(static_cast<int>(i));
    return counts;
}

Result<Ranking> rank_details(SqliteDatabase& db, UsageEvent::Kind kind, std::int64_t since, bool by_session) {
    const std::string count = by_session ? "count(DISTINCT session)" : "count(*)";
    auto query = db.prepare("SELECT detail, " + count +
                            " AS n FROM usage_events WHERE kind = ?1 AND at >= ?2 GROUP BY detail ORDER BY n DESC, "
                            "detail");
    if (!query) return failure(query.error());
    query->bind(1, usage_kind_name(kind)).bind(2, since);
    Ranking ranking;
    const Status read = query->each_row([&] { ranking.emplace_back(query->text(0), query->integer(1)); });
    if (!read) return failure(read.error());
    return ranking;
}

}  // namespace kiosk
