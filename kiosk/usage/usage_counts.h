#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/result.h"
#include "flow/usage_event.h"
#include "usage/sqlite_database.h"

namespace kiosk {

// How the kiosk was used over a span of time: what `kiosk-stats summary` prints and the
// maintenance screen shows for today.
struct UsageCounts {
    std::int64_t sessions = 0;
    std::int64_t idle_resets = 0;    // sessions that ended when nobody touched the kiosk
    std::int64_t other_endings = 0;  // ended by a pack update or the staff exit
    std::int64_t topic_views = 0;
    std::int64_t category_views = 0;
    std::int64_t sessions_with_speech = 0;
    std::int64_t sessions_with_privacy = 0;
    std::int64_t say_all = 0;
    std::int64_t sessions_by_touch = 0;   // sessions begun by a touch
    std::int64_t sessions_by_keypad = 0;  // ... by a key
    std::int64_t sessions_using_both = 0;
    std::int64_t packs_shown = 0;
    std::int64_t packs_refused = 0;
};

// A detail (a topic's id, a locale, a text size) and how often it came up.
using Ranking = std::vector<std::pair<std::string, std::int64_t>>;

// The counts for events at or after `since` (seconds since 1970, UTC).
Result<UsageCounts> count_usage(SqliteDatabase& db, std::int64_t since);
// The details of one kind of event, most frequent first. `by_session`: in how many
// sessions each came up, rather than how often.
Result<Ranking> rank_details(SqliteDatabase& db, UsageEvent::Kind kind, std::int64_t since, bool by_session);

}  // namespace kiosk
