#pragma once

#include <SDL.h>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

namespace kiosk {

// The webhook of a call for staff (--staff-alert-url): each alert is POSTed on a thread of
// its own, so the UI loop never waits on the network, and whether it was delivered (a 2xx
// answer within the timeout) reaches the loop through an SDL event. One alert waits at
// most: the KioskApp's rate limit keeps calls far apart, and a newer alert replaces one
// not yet sent.
class StaffAlert {
public:
    struct Answer {
        bool delivered = false;
        std::string detail;  // "HTTP 200", or why it failed, for the log
    };

    // Registers the SDL event type (SDL must be initialised) and starts the thread.
    StaffAlert(std::string url, std::chrono::milliseconds timeout);
    ~StaffAlert();  // waits for a POST under way, at most its timeout
    StaffAlert(const StaffAlert&) = delete;
    StaffAlert& operator=(const StaffAlert&) = delete;

    // Any thread: the JSON body to POST.
    void send(std::string json);
    // The main thread: the answer that came back, once.
    std::optional<Answer> take();
    Uint32 wake_event() const { return wake_event_; }

private:
    void run();

    std::string url_;
    std::chrono::milliseconds timeout_;
    Uint32 wake_event_;
    std::mutex mutex_;
    std::condition_variable wake_worker_;
    std::optional<std::string> pending_;
    std::optional<Answer> answer_;
    bool stopping_ = false;
    std::thread worker_;  // last: started once everything it uses exists
};

// The alert's body: {"kiosk":…,"screen":…,"language":…,"time":"2026-12-01T06:15:00Z"}.
// Nothing about the resident.
std::string staff_alert_json(const std::string& kiosk_id, const std::string& screen, const std::string& language,
                             std::chrono::system_clock::time_point time);

}  // namespace kiosk
