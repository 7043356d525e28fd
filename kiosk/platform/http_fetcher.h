#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <string>

namespace kiosk {

// One conditional HTTP(S) GET into a staging file, as the pack update client needs it: the
// body goes to `staging_path` (created or truncated), never into memory, so a large or
// hostile answer costs disk up to `max_bytes` and no more.
struct FetchRequest {
    std::string url;
    std::string if_none_match;  // the ETag of the copy already held; empty for none
    std::string staging_path;
    std::uint64_t max_bytes = 0;                     // a longer body (declared or received) fails the fetch
    std::chrono::milliseconds timeout{30000};        // the whole transfer
    std::chrono::milliseconds stall_timeout{10000};  // no byte received for this long
    // Set from another thread to give up at once (the kiosk is exiting): the fetch fails.
    const std::atomic<bool>* cancelled = nullptr;
};

struct FetchResult {
    enum class Outcome {
        fetched,       // 2xx; the whole body is in the staging file
        not_modified,  // 304; the staging file is removed
        failed,        // anything else; the staging file is removed
    };
    Outcome outcome = Outcome::failed;
    long http_status = 0;  // 0 when no answer came
    std::string etag;      // of a fetched body, as the server sent it
    std::uint64_t bytes = 0;
    std::string error;  // why it failed, for the log ("connection refused", "stalled 10 s", ...)
};

// Blocking; called from the update worker thread. Implementations never throw for a
// network or disk failure: they report it in FetchResult::error.
class HttpFetcher {
public:
    virtual ~HttpFetcher() = default;
    virtual FetchResult fetch(const FetchRequest& request) = 0;
};

}  // namespace kiosk
