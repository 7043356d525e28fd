#pragma once

#include "platform/http_fetcher.h"

namespace kiosk {

// HttpFetcher over libcurl: http and https only, redirects followed (at most 5), no
// signals, a User-Agent of "access-kiosk/VERSION". The body goes through a StagingFile,
// which is fsync'ed when the fetch succeeds and removed on every other outcome. Errors are
// short plain English for the kiosk's log. One fetch at a time per CurlFetcher; separate
// CurlFetchers may fetch on separate threads.
class CurlFetcher : public HttpFetcher {
public:
    CurlFetcher();  // initialises libcurl once per process
    FetchResult fetch(const FetchRequest& request) override;
};

}  // namespace kiosk
