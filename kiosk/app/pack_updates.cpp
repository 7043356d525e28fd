#include "app/pack_updates.h"

#include <exception>

namespace kiosk {
namespace {

// A failure nobody expected while preparing (an ICU error, memory running out) refuses
// this pack, as a bad pack is refused: the worker thread never dies of it and the kiosk
// keeps showing what it shows.
Result<PreparedPack, PackRefusal> prepare_or_refuse(const PackUpdates::Prepare& prepare, const PackSettings& settings,
                                                    const std::atomic<bool>* cancelled) {
    try {
        return prepare(settings, true, cancelled);
    } catch (const std::exception& error) {
        return failure(
            PackRefusal{PackRefusal::Cause::pack, std::string("preparing the pack failed: ") + error.what()});
    } catch (...) {
        return failure(PackRefusal{PackRefusal::Cause::pack, "preparing the pack failed"});
    }
}

}  // namespace

PackUpdates::PackUpdates(PackSettings settings, std::function<void()> wake, Prepare prepare)
    : settings_(std::move(settings)), wake_(std::move(wake)), prepare_(std::move(prepare)) {}

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
        auto prepared = prepare_or_refuse(prepare_, settings_, &cancelled_);
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
        const bool changing = !*result_ && result_->error().cause == PackRefusal::Cause::changing;
        if (*result_) {
            outcome.ready = std::move(**result_);
        } else if (!changing) {
            outcome.refused = result_->error().reason;
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
