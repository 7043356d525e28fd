#include "app/update_client.h"

namespace kiosk {
namespace {

// "45 s", "10 min", "1 h": how long until the next check, for the log.
std::string wait_words(PollSchedule::Duration wait) {
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(wait).count();
    if (seconds < 120) return std::to_string(seconds) + " s";
    const auto minutes = (seconds + 30) / 60;
    if (minutes < 120) return std::to_string(minutes) + " min";
    return std::to_string((minutes + 30) / 60) + " h";
}

bool is_refusal(UpdateResult result) {
    switch (result) {
        case UpdateResult::rollback:
        case UpdateResult::expired:
        case UpdateResult::other_pack:
        case UpdateResult::bad_index:
        case UpdateResult::bad_archive:
        case UpdateResult::archive_mismatch:
            return true;
        default:
            return false;
    }
}

}  // namespace

UpdateClient::UpdateClient(ChannelUpdater updater, std::chrono::seconds every, Report report,
                           PollSchedule::Random random, SteadyClock::time_point start)
    : updater_(std::move(updater)), report_(std::move(report)), schedule_(every, std::move(random), start) {
    status_.channel = updater_.settings().channel;
    status_.installed_sequence = updater_.installed_sequence();
}

UpdateClient::~UpdateClient() {
    {
        const std::lock_guard lock(wake_mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
    stopping_.notify_all();  // a fetcher waiting on the flag itself
    if (worker_.joinable()) worker_.join();
}

void UpdateClient::start() {
    worker_ = std::thread([this] { run(); });
}

UpdateStatus UpdateClient::status() const {
    const std::lock_guard lock(status_mutex_);
    return status_;
}

void UpdateClient::run() {
    std::unique_lock lock(wake_mutex_);
    while (!stopping_) {
        if (wake_.wait_until(lock, schedule_.next(), [this] { return stopping_.load(); })) break;
        lock.unlock();
        check(SteadyClock::now(), WallClock::now());
        lock.lock();
    }
}

void UpdateClient::check(SteadyClock::time_point now, WallClock::time_point wall) {
    const std::int64_t now_unix = std::chrono::duration_cast<std::chrono::seconds>(wall.time_since_epoch()).count();
    const ChannelUpdater::Outcome outcome = updater_.check(now_unix, &stopping_);
    if (stopping_) return;  // a download given up on the way out is no failure of the server
    const bool failing_before = schedule_.failures() > 0;
    if (is_failure(outcome.result)) {
        tell_failure(outcome, schedule_.failed(now));
    } else {
        schedule_.answered(now);
        tell(outcome, failing_before);
    }
    const std::lock_guard lock(status_mutex_);
    status_.last_check = wall;
    status_.installed_sequence = updater_.installed_sequence();
    // Unchanged on the server, the index keeps its verdict: a refusal stays on the
    // maintenance screen and in the metrics while it is served, and an index installed is
    // now the one the kiosk has.
    if (outcome.result == UpdateResult::not_modified && status_.last_result != UpdateResult::not_checked) {
        if (status_.last_result == UpdateResult::installed) {
            status_.last_result = UpdateResult::up_to_date;
            status_.last_message = "up to date at sequence " + std::to_string(status_.installed_sequence);
        }
        return;
    }
    status_.last_result = outcome.result;
    status_.last_message = outcome.message;
}

void UpdateClient::tell(const ChannelUpdater::Outcome& outcome, bool failing_before) {
    if (failing_before) report_("pack update check: " + updater_.index_url() + " answers again");
    if (outcome.result == UpdateResult::not_modified) return;
    if (is_refusal(outcome.result)) {
        report_("pack update refused, keeping the current pack: " + outcome.message);
    } else if (outcome.result == UpdateResult::installed) {
        report_("pack update downloaded: " + outcome.message + "; it is shown once nobody is using the kiosk");
    } else {
        report_("pack update check: " + outcome.message);
    }
}

void UpdateClient::tell_failure(const ChannelUpdater::Outcome& outcome, const PollSchedule::Failure& failure) {
    if (!failure.tell) return;
    const std::string next =
        "; next check in " + wait_words(failure.wait) + " (backoff step " + std::to_string(failure.step) + ")";
    if (is_refusal(outcome.result)) {
        report_("pack update refused, keeping the current pack: " + outcome.message + next);
    } else {
        report_("pack update check failed, keeping the current pack: " + outcome.message + next);
    }
}

}  // namespace kiosk
