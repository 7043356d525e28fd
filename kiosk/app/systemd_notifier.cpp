#include "app/systemd_notifier.h"

#include <systemd/sd-daemon.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace kiosk {
namespace {

// The interval of a watchdog meant for the process that started the kiosk (cage as the
// unit's main process): sd_watchdog_enabled() refuses it, since WATCHDOG_PID is not ours.
std::optional<std::chrono::microseconds> parents_watchdog() {
    const char* pid = std::getenv("WATCHDOG_PID");
    const char* usec = std::getenv("WATCHDOG_USEC");
    if (pid == nullptr || usec == nullptr || std::to_string(getppid()) != std::string_view(pid)) return std::nullopt;
    char* end = nullptr;
    const unsigned long long value = std::strtoull(usec, &end, 10);
    if (end == usec || *end != '\0' || value == 0) return std::nullopt;
    return std::chrono::microseconds(static_cast<std::int64_t>(value));
}

}  // namespace

SystemdNotifier::SystemdNotifier() {
    std::uint64_t usec = 0;
    if (sd_watchdog_enabled(0, &usec) > 0) {
        interval_ = std::chrono::microseconds(static_cast<std::int64_t>(usec));
    } else {
        interval_ = parents_watchdog();
    }
}

void SystemdNotifier::send(const std::string& message) const { sd_notify(0, message.c_str()); }

void SystemdNotifier::ready(const std::string& status) const { send("READY=1\nSTATUS=" + status); }

void SystemdNotifier::status(const std::string& status) const { send("STATUS=" + status); }

void SystemdNotifier::watchdog() const { send("WATCHDOG=1"); }

void SystemdNotifier::stopping() const { send("STOPPING=1"); }

}  // namespace kiosk
