#pragma once

#include <cstdint>
#include <ostream>
#include <string>

#include "core/result.h"
#include "usage/sqlite_database.h"

namespace kiosk {

// The summary kiosk-stats prints: how the kiosk was used since `since` (seconds since
// 1970, UTC), in plain words for staff.
Status print_summary(SqliteDatabase& db, std::int64_t since, const std::string& span, std::ostream& out);

// The events since `since` as CSV, one row each:
//   time_utc,day,session,kind,detail,seconds
Status export_events_csv(SqliteDatabase& db, std::int64_t since, std::ostream& out);
// Counts per UTC day as CSV:
//   day,sessions,idle_resets,topic_views,category_views,sessions_with_speech,say_all,
//   sessions_by_touch,sessions_by_keypad,packs_shown,packs_refused
Status export_days_csv(SqliteDatabase& db, std::int64_t since, std::ostream& out);

}  // namespace kiosk
