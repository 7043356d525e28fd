#pragma once

#include <chrono>
#include <optional>
#include <string>

namespace kiosk {

// The kiosk's messages to systemd (sd_notify), and the watchdog interval systemd gives.
// Without NOTIFY_SOCKET (not started by systemd) every message goes nowhere, at no cost.
// Only I/O: when to send what is decided elsewhere (ServiceHeartbeat, WatchdogGate).
class SystemdNotifier {
public:
    // Reads the watchdog interval from the environment (WATCHDOG_USEC). It is the kiosk's
    // when WATCHDOG_PID names the kiosk, or is unset, or names its parent: a unit whose
    // main process is a compositor (cage) that started the kiosk, with NotifyAccess=all.
    SystemdNotifier();

    // systemd's WatchdogSec, when the watchdog is on for this process.
    std::optional<std::chrono::microseconds> watchdog_interval() const { return interval_; }

    void ready(const std::string& status) const;
    void status(const std::string& status) const;
    void watchdog() const;
    void stopping() const;

private:
    void send(const std::string& message) const;

    std::optional<std::chrono::microseconds> interval_;
};

}  // namespace kiosk
