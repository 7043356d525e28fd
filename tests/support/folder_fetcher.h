#pragma once

// An HttpFetcher that serves a folder as a web server would, for the update client's unit
// tests: the ETag of a file is its SHA-256, If-None-Match with it gives 304, a body over
// the limit fails, and a test may script failures or a download that hangs until the
// fetch is cancelled. Nothing touches the network.

#include <atomic>
#include <deque>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "core/content/pack_signature.h"
#include "platform/http_fetcher.h"

namespace kiosk::testing {

class FolderFetcher : public HttpFetcher {
public:
    static constexpr const char* kBase = "http://packs.test/";

    explicit FolderFetcher(std::filesystem::path root) : root_(std::move(root)) {}

    // The next fetch of a URL ending in `suffix` fails with `error` (in order, once each).
    void fail_next(const std::string& suffix, const std::string& error) {
        const std::lock_guard lock(mutex_);
        failures_.push_back({suffix, error});
    }
    // Every fetch of a URL ending in `suffix` from now on waits until it is cancelled.
    void hang(const std::string& suffix) {
        const std::lock_guard lock(mutex_);
        hanging_ = suffix;
    }
    std::atomic<bool>& entered_hang() { return entered_hang_; }
    // The file at a URL ending in `suffix` keeps the ETag it has now, whatever it holds
    // from now on (as nginx's does for a file replaced within a second at the same size).
    void keep_etag_of(const std::string& suffix) {
        const std::lock_guard lock(mutex_);
        pinned_etag_suffix_ = suffix;
    }

    std::vector<std::string> requested() const {
        const std::lock_guard lock(mutex_);
        return requested_;
    }

    FetchResult fetch(const FetchRequest& request) override {
        FetchResult result;
        std::string hanging;
        {
            const std::lock_guard lock(mutex_);
            requested_.push_back(request.url);
            hanging = hanging_;
            for (auto it = failures_.begin(); it != failures_.end(); ++it) {
                if (ends_with(request.url, it->first)) {
                    result.error = it->second;
                    failures_.erase(it);
                    return result;
                }
            }
        }
        if (!hanging.empty() && ends_with(request.url, hanging) && request.cancelled != nullptr) {
            entered_hang_ = true;
            entered_hang_.notify_all();
            request.cancelled->wait(false);
            result.error = "cancelled";
            return result;
        }
        if (request.url.rfind(kBase, 0) != 0) {
            result.error = "cannot resolve the host of " + request.url;
            return result;
        }
        std::ifstream in(root_ / request.url.substr(std::string(kBase).size()), std::ios::binary);
        if (!in) {
            result.http_status = 404;
            result.error = "HTTP 404";
            return result;
        }
        const std::string body{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        std::string etag = "\"" + sha256_hex(body).substr(0, 16) + "\"";
        {
            const std::lock_guard lock(mutex_);
            if (!pinned_etag_suffix_.empty() && ends_with(request.url, pinned_etag_suffix_)) {
                if (pinned_etag_.empty()) pinned_etag_ = request.if_none_match;
                etag = pinned_etag_;
            }
        }
        if (!request.if_none_match.empty() && request.if_none_match == etag) {
            result.http_status = 304;
            result.outcome = FetchResult::Outcome::not_modified;
            return result;
        }
        result.http_status = 200;
        if (body.size() > request.max_bytes) {
            result.error = "body larger than " + std::to_string(request.max_bytes) + " bytes";
            return result;
        }
        std::ofstream(request.staging_path, std::ios::binary | std::ios::trunc) << body;
        result.outcome = FetchResult::Outcome::fetched;
        result.etag = etag;
        result.bytes = body.size();
        return result;
    }

private:
    static bool ends_with(const std::string& text, const std::string& suffix) {
        return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
    }

    std::filesystem::path root_;
    mutable std::mutex mutex_;
    std::deque<std::pair<std::string, std::string>> failures_;
    std::string hanging_;
    std::string pinned_etag_suffix_;
    std::string pinned_etag_;
    std::atomic<bool> entered_hang_{false};
    std::vector<std::string> requested_;
};

}  // namespace kiosk::testing
