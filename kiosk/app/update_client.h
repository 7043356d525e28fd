#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

#include "app/channel_updater.h"
#include "app/update_status.h"
#include "flow/poll_schedule.h"

namespace kiosk {

// The pack update client: checks the channel on its own thread when the PollSchedule says
// (it sleeps on a condition variable until then, or until told to stop, and never polls),
// tells staff what came of each check in the log, and keeps the status the maintenance
// screen and the metrics show. A pack it installs reaches the screen as a changed pack
// file does: the kiosk watches updates/pack.kpack.
//
// What is logged: every refusal, with its reason, and what was installed; the server's
// answers that change nothing (up to date, not in the rollout yet) once per new index; a
// failure once per backoff step, and the server answering again after one. 304 Not
// Modified is not logged.
class UpdateClient {
public:
    using SteadyClock = PollSchedule::Clock;
    using WallClock = std::chrono::system_clock;
    using Report = std::function<void(const std::string&)>;  // a line for the log, from the client's thread

    UpdateClient(ChannelUpdater updater, std::chrono::seconds every, Report report, PollSchedule::Random random,
                 SteadyClock::time_point start);
    ~UpdateClient();  // gives up a download under way and waits for the thread
    UpdateClient(const UpdateClient&) = delete;
    UpdateClient& operator=(const UpdateClient&) = delete;

    // Starts the thread that checks whenever the schedule says.
    void start();
    UpdateStatus status() const;
    SteadyClock::time_point next_check() const { return schedule_.next(); }

    // One check, as the thread makes it: at `now` on the steady clock (for the schedule)
    // and `wall` (for the index's expiry and the status). Only the thread calls it once
    // it is started.
    void check(SteadyClock::time_point now, WallClock::time_point wall);

private:
    void run();
    void tell(const ChannelUpdater::Outcome& outcome, bool failing_before);
    void tell_failure(const ChannelUpdater::Outcome& outcome, const PollSchedule::Failure& failure);

    ChannelUpdater updater_;
    Report report_;
    PollSchedule schedule_;
    mutable std::mutex status_mutex_;
    UpdateStatus status_;
    std::mutex wake_mutex_;
    std::condition_variable wake_;
    std::atomic<bool> stopping_{false};
    std::thread worker_;
};

}  // namespace kiosk
