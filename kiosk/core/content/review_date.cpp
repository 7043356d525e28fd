#include "core/content/review_date.h"

#include <ctime>

namespace kiosk {

std::optional<PackError> review_date_warning(const Manifest& manifest, const std::string& today) {
    if (manifest.review_by.empty()) {
        return PackError{{"pack.toml", 0, 0},
                         Severity::warning,
                         "no review_by date: add one (review_by = 2027-06-30) so staff are told when "
                         "the content must be checked again"};
    }
    // Both are YYYY-MM-DD, so text order is date order.
    if (manifest.review_by >= today) return std::nullopt;
    return PackError{{"pack.toml", manifest.review_by_line, 0},
                     Severity::warning,
                     "the review_by date " + manifest.review_by + " has passed (today is " + today +
                         "): check the content against its source and set a new date"};
}

std::string local_iso_date(std::chrono::system_clock::time_point when) {
    const std::time_t seconds = std::chrono::system_clock::to_time_t(when);
    std::tm local{};
    localtime_r(&seconds, &local);
    char text[16];
    std::strftime(text, sizeof text, "%Y-%m-%d", &local);
    return text;
}

}  // namespace kiosk
