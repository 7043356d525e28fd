#include "app/pack_updates.h"

namespace kiosk {

PackUpdates::PackUpdates(PackSettings settings, std::function<void()> wake)
    : settings_(std::move(settings)), wake_(std::move(wake)) {}

PackUpdates::~PackUpdates() {
    cancelled_ = true;  // the worker stops reading at the next archive entry
    if (worker_.joinable()) worker_.join();
}

void PackUpdates::notice_change(Clock::time_point now) {
    std::lock_guard lock(mutex_);
    if (busy_) {
        changed_while_busy_ = true;
        return;
    }
    settle_until_ = now + kSettle;
}

void PackUpdates::start_worker() {
    if (worker_.joinable()) worker_.join();
    busy_ = true;
    worker_ = std::thread([this] {
        auto prepared = prepare_pack(settings_, true, &cancelled_);
        {
            std::lock_guard lock(mutex_);
            result_ = std::move(prepared);
        }
        wake_();
    });
}

PackUpdates::Outcome PackUpdates::poll(Clock::time_point now) {
    Outcome outcome;
    std::lock_guard lock(mutex_);
    if (result_) {
        busy_ = false;
        const auto* refusal = std::get_if<PackRefusal>(&*result_);
        const bool changing = refusal != nullptr && refusal->cause == PackRefusal::Cause::changing;
        if (auto* ready = std::get_if<PreparedPack>(&*result_)) {
            outcome.ready = std::move(*ready);
        } else if (!changing) {
            outcome.refused = refusal->reason;
        }
        result_.reset();
        if (changed_while_busy_ || changing) {
            changed_while_busy_ = false;
            settle_until_ = now + kSettle;
        }
    }
    if (!busy_ && settle_until_ && now >= *settle_until_) {
        settle_until_.reset();
        start_worker();
    }
    return outcome;
}

}  // namespace kiosk
