#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/update_status.h"
#include "core/result.h"
#include "flow/usage_event.h"

namespace kiosk {

// What a fleet's monitoring wants of one kiosk, as node_exporter's textfile collector reads
// it: a Prometheus text-format file, replaced whole (written beside it, then renamed) so the
// collector never reads half of one.
struct FleetState {
    using WallClock = std::chrono::system_clock;

    bool up = true;
    WallClock::time_point started;
    std::string pack_id;
    std::string pack_version;
    std::optional<WallClock::time_point> last_update;  // a pack update shown or refused
    bool last_update_shown = true;
    bool audio_ok = false;
    std::uint64_t sessions = 0;
    std::uint64_t staff_calls = 0;                         // calls for staff sent (not those within the rate limit)
    std::optional<WallClock::time_point> last_staff_call;  // the last of them
    std::atomic<std::uint64_t> speech_errors{0};           // counted on the speech driver's thread
    std::optional<UpdateStatus> channel;                   // the pack update client's; none without --update-url

    void count(const std::vector<UsageEvent>& usage);
};

// The metrics, with HELP and TYPE lines, named as Prometheus asks (access_kiosk_...,
// _total for counters, _seconds for times).
std::string prometheus_text(const FleetState& state);

// Writes `text` to `path` whole or not at all: a temporary file in the same folder, renamed.
Status write_atomically(const std::string& path, const std::string& text);

}  // namespace kiosk
