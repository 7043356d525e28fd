#include "app/usage_reporting.h"

namespace kiosk {

UsageReporting::UsageReporting(std::unique_ptr<UsageStore> store, std::string metrics_file, UsageStore::Problem problem)
    : store_(std::move(store)), metrics_file_(std::move(metrics_file)), problem_(std::move(problem)) {
    fleet_.started = FleetState::WallClock::now();
}

void UsageReporting::record(const std::vector<UsageEvent>& usage) {
    if (usage.empty()) return;
    fleet_.count(usage);
    if (store_) store_->record(usage, UsageStore::WallClock::now());
}

void UsageReporting::pack_shown(const Manifest& manifest) {
    fleet_.pack_id = manifest.id;
    fleet_.pack_version = manifest.version;
    fleet_.last_update = FleetState::WallClock::now();
    fleet_.last_update_shown = true;
}

void UsageReporting::pack_refused() {
    fleet_.last_update = FleetState::WallClock::now();
    fleet_.last_update_shown = false;
}

void UsageReporting::staff_called() {
    ++fleet_.staff_calls;
    fleet_.last_staff_call = FleetState::WallClock::now();
    if (!metrics_file_.empty()) write_metrics();
}

std::optional<UsageReporting::TimePoint> UsageReporting::next_deadline() const { return metrics_due_; }

void UsageReporting::tick(TimePoint now) {
    if (metrics_file_.empty() || (metrics_due_ && now < *metrics_due_)) return;
    write_metrics();
    metrics_due_ = now + kMetricsEvery;
}

void UsageReporting::finish() {
    fleet_.up = false;
    if (!metrics_file_.empty()) write_metrics();
}

// A metrics file that cannot be written is told once, and again when it can be.
void UsageReporting::write_metrics() {
    if (update_source_) fleet_.channel = update_source_();
    const Status written = write_atomically(metrics_file_, prometheus_text(fleet_));
    if (written.has_value() == !metrics_failing_) return;
    metrics_failing_ = !written;
    if (problem_) {
        problem_(written ? "the metrics file is written again"
                         : "cannot write the metrics file: " + written.error().to_string());
    }
}

std::optional<UsageTally> UsageReporting::today() const {
    if (!store_) return std::nullopt;
    const std::optional<UsageCounts> counts = store_->today(std::chrono::system_clock::now());
    if (!counts) return std::nullopt;
    return UsageTally{counts->sessions, counts->topic_views, counts->sessions_with_speech};
}

}  // namespace kiosk
