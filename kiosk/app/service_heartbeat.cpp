#include "app/service_heartbeat.h"

namespace kiosk {

ServiceHeartbeat::ServiceHeartbeat(const SystemdNotifier& notifier, SpeechDriver& speech)
    : notifier_(notifier), speech_(speech) {}

void ServiceHeartbeat::first_frame(const std::string& status, Clock::time_point now) {
    ready_ = true;
    status_ = status;
    notifier_.ready(status);
    if (const auto interval = notifier_.watchdog_interval()) {
        gate_.emplace(*interval, now);
        speech_.ask_alive(gate_->question());
    }
}

void ServiceHeartbeat::loop_turned(Clock::time_point now) {
    if (!gate_) return;
    const WatchdogGate::Turn turn = gate_->turn(now, speech_.answered());
    if (!turn.ticked) return;
    if (turn.ping) notifier_.watchdog();
    // What the technician sees in `systemctl status` while the watchdog runs out.
    if (turn.ping != answering_) {
        notifier_.status(turn.ping ? status_
                                   : "the speech worker does not answer; the watchdog will restart the kiosk");
        answering_ = turn.ping;
    }
    speech_.ask_alive(gate_->question());
}

std::optional<ServiceHeartbeat::Clock::time_point> ServiceHeartbeat::next_tick() const {
    if (!gate_) return std::nullopt;
    return gate_->next_tick();
}

}  // namespace kiosk
