#pragma once

#include <chrono>
#include <string>

#include "core/result.h"

namespace kiosk {

// One HTTP POST of a JSON body over libcurl, for alerts: http and https only, no
// redirects (an alert goes where it was configured, or fails), no signals, a User-Agent
// of "access-kiosk/VERSION", the whole exchange bounded by `timeout`. The answer's body is
// read and dropped. Gives the HTTP status, or an error in short plain English for the log.
// Blocks for up to `timeout`: call it on a worker thread.
Result<long> post_json(const std::string& url, const std::string& json, std::chrono::milliseconds timeout);

}  // namespace kiosk
