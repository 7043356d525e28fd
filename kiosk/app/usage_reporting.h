#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "app/fleet_metrics.h"
#include "app/loop_clock.h"
#include "core/content/pack.h"
#include "screens/maintenance_facts.h"
#include "usage/usage_store.h"

namespace kiosk {

// What the event loop reports beyond the screen and speech: the usage events of each
// step into the UsageStore, and the fleet metrics file, rewritten every 30 s on the loop's
// own deadline (no thread of its own) and at the start and the end. Either may be absent.
class UsageReporting {
public:
    using TimePoint = LoopClock::Clock::time_point;
    static constexpr std::chrono::seconds kMetricsEvery{30};

    UsageReporting(std::unique_ptr<UsageStore> store, std::string metrics_file, UsageStore::Problem problem);

    FleetState& fleet() { return fleet_; }
    UsageStore* store() { return store_.get(); }

    void record(const std::vector<UsageEvent>& usage);
    void pack_shown(const Manifest& manifest);
    void pack_refused();
    // A resident called staff: counted, and the metrics written at once, so an alert on
    // them need not wait for the next 30 s.
    void staff_called();
    void set_audio(bool ok) { fleet_.audio_ok = ok; }
    // The pack update client's state, read each time the metrics are written.
    void set_update_source(std::function<UpdateStatus()> source) { update_source_ = std::move(source); }
    // Today's use for the maintenance screen, counted from local midnight; none when no
    // statistics are kept or the database cannot be read.
    std::optional<UsageTally> today() const;

    // When the metrics are next due; none without a metrics file.
    std::optional<TimePoint> next_deadline() const;
    // Writes the metrics if they are due at `now`.
    void tick(TimePoint now);
    // The kiosk stops: the metrics say so.
    void finish();

private:
    void write_metrics();

    std::unique_ptr<UsageStore> store_;
    std::string metrics_file_;
    UsageStore::Problem problem_;
    FleetState fleet_;
    std::optional<TimePoint> metrics_due_;
    bool metrics_failing_ = false;
    std::function<UpdateStatus()> update_source_;
};

}  // namespace kiosk
