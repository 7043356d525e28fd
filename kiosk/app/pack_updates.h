#pragma once

#include <atomic>
#include <chrono>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <variant>

#include "app/pack_preparation.h"

namespace kiosk {

// Brings a changed pack in safely: waits until the files stop changing, reads and checks
// the new pack on a worker thread, and hands over either a fully prepared pack or the
// reason it was refused. A directory still being written is tried again once quiet. The
// kiosk keeps showing the old pack meanwhile, and on exit the worker is told to stop.
class PackUpdates {
public:
    using Clock = std::chrono::steady_clock;

    struct Outcome {
        std::optional<PreparedPack> ready;
        std::optional<std::string> refused;
    };

    using Prepare = std::function<decltype(prepare_pack)>;

    // `wake` must make the main loop call poll() soon; it is called from the worker thread.
    // `prepare` reads and checks the pack on the worker; anything it throws refuses the pack.
    PackUpdates(PackSettings settings, std::function<void()> wake, Prepare prepare = prepare_pack);
    ~PackUpdates();
    PackUpdates(const PackUpdates&) = delete;
    PackUpdates& operator=(const PackUpdates&) = delete;

    void notice_change(Clock::time_point now);
    Outcome poll(Clock::time_point now);
    std::optional<Clock::time_point> next_deadline() const { return settle_until_; }
    // Records a pack about to be shown (PackMemory).
    Status remember(PreparedPack& prepared) const { return remember_shown(settings_, prepared); }

private:
    // Staff copy several files, or an archive is written then renamed: wait for quiet.
    static constexpr std::chrono::milliseconds kSettle = kPackSettleTime;

    void start_worker();

    PackSettings settings_;
    std::function<void()> wake_;
    Prepare prepare_;
    std::optional<Clock::time_point> settle_until_;
    bool changed_while_busy_ = false;
    std::thread worker_;
    std::mutex mutex_;
    bool busy_ = false;
    std::optional<Result<PreparedPack, PackRefusal>> result_;
    std::atomic<bool> cancelled_{false};
};

}  // namespace kiosk
