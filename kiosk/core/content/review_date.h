#pragma once

#include <chrono>
#include <optional>
#include <string>

#include "core/content/pack.h"
#include "core/content/pack_error.h"

namespace kiosk {

// A warning for staff when the pack's review_by date (pack.toml) lies before `today`
// (YYYY-MM-DD), or when the pack sets no such date. Today is passed in, so the answer
// depends on nothing but its arguments.
std::optional<PackError> review_date_warning(const Manifest& manifest, const std::string& today);

// The local calendar day of a moment, as YYYY-MM-DD.
std::string local_iso_date(std::chrono::system_clock::time_point when);

}  // namespace kiosk
