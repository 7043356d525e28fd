#pragma once

#include <chrono>
#include <optional>
#include <string>

#include "app/systemd_notifier.h"
#include "core/speech/speech_driver.h"
#include "flow/watchdog_gate.h"

namespace kiosk {

// The kiosk as a systemd service: READY=1 once the first frame is on screen, WATCHDOG=1
// while the main loop turns and the speech worker answers (WatchdogGate decides), a STATUS
// line a technician reads in `systemctl status`, STOPPING=1 on the way out. The main loop
// drives it, on the steady clock (the real one: systemd's watchdog counts real time, even
// while an input script plays on a virtual clock).
class ServiceHeartbeat {
public:
    using Clock = WatchdogGate::Clock;

    ServiceHeartbeat(const SystemdNotifier& notifier, SpeechDriver& speech);

    bool ready() const { return ready_; }
    // The first frame is on screen: READY=1 with `status`, and the watchdog starts.
    void first_frame(const std::string& status, Clock::time_point now);
    // The main loop turned: WATCHDOG=1 when a ping is due and the speech worker answered.
    void loop_turned(Clock::time_point now);
    // When the loop must turn for the watchdog next; nothing without a watchdog.
    std::optional<Clock::time_point> next_tick() const;
    void stopping() const { notifier_.stopping(); }

private:
    const SystemdNotifier& notifier_;
    SpeechDriver& speech_;
    std::optional<WatchdogGate> gate_;
    std::string status_;
    bool ready_ = false;
    bool answering_ = true;  // the speech worker answered the last question
};

}  // namespace kiosk
