#include "app/staff_alert.h"

#include <cstdio>
#include <ctime>

#include "platform/curl_poster.h"

namespace kiosk {
namespace {

// A JSON string: quotes, backslashes and control characters escaped.
std::string json_string(const std::string& text) {
    std::string quoted = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\') {
            quoted += '\\';
            quoted += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
            quoted += escaped;
        } else {
            quoted += c;
        }
    }
    return quoted + '"';
}

std::string iso8601_utc(std::chrono::system_clock::time_point time) {
    const std::time_t seconds = std::chrono::system_clock::to_time_t(time);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

}  // namespace

std::string staff_alert_json(const std::string& kiosk_id, const std::string& screen, const std::string& language,
                             std::chrono::system_clock::time_point time) {
    return "{\"kiosk\":" + json_string(kiosk_id) + ",\"screen\":" + json_string(screen) +
           ",\"language\":" + json_string(language) + ",\"time\":" + json_string(iso8601_utc(time)) + "}";
}

StaffAlert::StaffAlert(std::string url, std::chrono::milliseconds timeout)
    : url_(std::move(url)), timeout_(timeout), wake_event_(SDL_RegisterEvents(1)), worker_([this] { run(); }) {}

StaffAlert::~StaffAlert() {
    {
        const std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_worker_.notify_one();
    worker_.join();
}

void StaffAlert::send(std::string json) {
    {
        const std::lock_guard lock(mutex_);
        pending_ = std::move(json);
    }
    wake_worker_.notify_one();
}

std::optional<StaffAlert::Answer> StaffAlert::take() {
    const std::lock_guard lock(mutex_);
    return std::exchange(answer_, std::nullopt);
}

void StaffAlert::run() {
    std::unique_lock lock(mutex_);
    for (;;) {
        wake_worker_.wait(lock, [this] { return stopping_ || pending_.has_value(); });
        if (stopping_) return;
        const std::string body = *std::exchange(pending_, std::nullopt);
        lock.unlock();
        const Result<long> status = post_json(url_, body, timeout_);
        Answer answer;
        answer.delivered = status && *status >= 200 && *status < 300;
        answer.detail = status ? "HTTP " + std::to_string(*status) : status.error().message;
        lock.lock();
        answer_ = std::move(answer);
        SDL_Event wake{};
        wake.type = wake_event_;
        SDL_PushEvent(&wake);
    }
}

}  // namespace kiosk
