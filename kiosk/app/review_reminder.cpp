#include "app/review_reminder.h"

#include <chrono>
#include <cstdio>

#include "core/content/review_date.h"

namespace kiosk {

void remind_staff_of_review_date(const Manifest& manifest, SpeechLog& log) {
    const std::string today = local_iso_date(std::chrono::system_clock::now());
    const auto warning = review_date_warning(manifest, today);
    if (!warning) return;
    const std::string message = "pack " + manifest.id + " " + manifest.version + ": " + warning->to_string();
    std::fprintf(stderr, "kiosk: %s\n", message.c_str());
    log.note(message, SpeechLog::Clock::now());
}

}  // namespace kiosk
