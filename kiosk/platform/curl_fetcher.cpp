#include "platform/curl_fetcher.h"

#include <curl/curl.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <memory>
#include <string>

#include "platform/curl_global.h"
#include "platform/staging_file.h"

#ifndef KIOSK_VERSION
#define KIOSK_VERSION "0"
#endif

namespace kiosk {

void initialise_curl_once() {
    struct CurlGlobal {
        CurlGlobal() { curl_global_init(CURL_GLOBAL_DEFAULT); }
        ~CurlGlobal() { curl_global_cleanup(); }
        CurlGlobal(const CurlGlobal&) = delete;
        CurlGlobal& operator=(const CurlGlobal&) = delete;
    };
    static const CurlGlobal global;
}

namespace {

struct EasyDeleter {
    void operator()(CURL* easy) const { curl_easy_cleanup(easy); }
};
using Easy = std::unique_ptr<CURL, EasyDeleter>;

std::string duration_words(std::chrono::milliseconds duration) {
    const auto ms = duration.count();
    return ms % 1000 == 0 ? std::to_string(ms / 1000) + " s" : std::to_string(ms) + " ms";
}

// What one transfer has seen, shared with libcurl's callbacks.
struct Transfer {
    Easy& easy;
    StagingFile& staging;
    std::uint64_t max_bytes;
    std::chrono::milliseconds stall_timeout;
    const std::atomic<bool>* cancelled = nullptr;
    bool too_large = false;
    bool stalled = false;
    curl_off_t last_received = -1;
    std::chrono::steady_clock::time_point last_progress = std::chrono::steady_clock::now();
};

bool is_success(long status) { return status >= 200 && status < 300; }

long response_status(CURL* easy) {
    long status = 0;
    curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &status);
    return status;
}

// The body of a 2xx answer goes to the staging file; an error page is read and dropped.
std::size_t on_body(char* data, std::size_t size, std::size_t count, void* user) {
    auto& transfer = *static_cast<Transfer*>(user);
    const std::size_t length = size * count;
    if (!is_success(response_status(transfer.easy.get()))) {
        return length;
    }
    if (transfer.staging.size() + length > transfer.max_bytes) {
        transfer.too_large = true;
        return 0;  // CURLE_WRITE_ERROR ends the transfer
    }
    return transfer.staging.append(data, length) ? length : 0;
}

// Called often while bytes arrive and about once a second while none do.
int on_progress(void* user, curl_off_t /*download_total*/, curl_off_t received, curl_off_t /*upload_total*/,
                curl_off_t /*uploaded*/) {
    auto& transfer = *static_cast<Transfer*>(user);
    if (transfer.cancelled != nullptr && transfer.cancelled->load()) return 1;  // CURLE_ABORTED_BY_CALLBACK
    const auto now = std::chrono::steady_clock::now();
    if (received != transfer.last_received) {
        transfer.last_received = received;
        transfer.last_progress = now;
        return 0;
    }
    if (now - transfer.last_progress >= transfer.stall_timeout) {
        transfer.stalled = true;
        return 1;  // CURLE_ABORTED_BY_CALLBACK
    }
    return 0;
}

// "host:port" of the URL, for messages about the connection.
std::string host_and_port(const std::string& url) {
    std::unique_ptr<CURLU, decltype(&curl_url_cleanup)> parsed(curl_url(), &curl_url_cleanup);
    char* host = nullptr;
    char* port = nullptr;
    std::string result = url;
    if (curl_url_set(parsed.get(), CURLUPART_URL, url.c_str(), 0) == CURLUE_OK &&
        curl_url_get(parsed.get(), CURLUPART_HOST, &host, 0) == CURLUE_OK &&
        curl_url_get(parsed.get(), CURLUPART_PORT, &port, CURLU_DEFAULT_PORT) == CURLUE_OK) {
        result = std::string(host) + ":" + port;
    }
    curl_free(host);
    curl_free(port);
    return result;
}

void configure(CURL* easy, const FetchRequest& request, Transfer& transfer, curl_slist* headers) {
    curl_easy_setopt(easy, CURLOPT_URL, request.url.c_str());
    curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(easy, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(easy, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(easy, CURLOPT_MAXREDIRS, 5L);
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(easy, CURLOPT_USERAGENT, "access-kiosk/" KIOSK_VERSION);
    curl_easy_setopt(easy, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, static_cast<long>(request.timeout.count()));
    curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS,
                     static_cast<long>(std::min(request.timeout, request.stall_timeout).count()));
    if (request.max_bytes > 0) {  // 0 would mean "no limit" to libcurl; the write check still applies
        curl_easy_setopt(easy, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(request.max_bytes));
    }
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, &on_body);
    curl_easy_setopt(easy, CURLOPT_WRITEDATA, &transfer);
    curl_easy_setopt(easy, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(easy, CURLOPT_XFERINFOFUNCTION, &on_progress);
    curl_easy_setopt(easy, CURLOPT_XFERINFODATA, &transfer);
}

std::string connect_failure(CURL* easy, const FetchRequest& request) {
    long os_errno = 0;
    curl_easy_getinfo(easy, CURLINFO_OS_ERRNO, &os_errno);
    const std::string where = host_and_port(request.url);
    if (os_errno == ECONNREFUSED) {
        return "connection refused to " + where;
    }
    return "cannot connect to " + where + (os_errno != 0 ? ": " + std::string(std::strerror(int(os_errno))) : "");
}

std::string timeout_failure(CURL* easy, const FetchRequest& request) {
    curl_off_t connected_after = 0;
    curl_easy_getinfo(easy, CURLINFO_CONNECT_TIME_T, &connected_after);
    if (connected_after == 0) {
        return "no connection to " + host_and_port(request.url) + " within " +
               duration_words(std::min(request.timeout, request.stall_timeout));
    }
    return "timed out after " + duration_words(request.timeout);
}

// Short plain English for a transfer libcurl ended with `code`.
std::string failure_words(CURLcode code, CURL* easy, const Transfer& transfer, const FetchRequest& request,
                          const char* details) {
    if (transfer.too_large || code == CURLE_FILESIZE_EXCEEDED) {
        return "body larger than " + std::to_string(request.max_bytes) + " bytes";
    }
    if (transfer.cancelled != nullptr && transfer.cancelled->load()) {
        return "cancelled";
    }
    if (transfer.stalled) {
        return "stalled: no data for " + duration_words(request.stall_timeout);
    }
    if (code == CURLE_WRITE_ERROR) {
        const int error = transfer.staging.write_errno();
        return error == ENOSPC || error == EDQUOT
                   ? "disk full while staging"
                   : "cannot write the staging file: " + std::string(std::strerror(error));
    }
    switch (code) {
        case CURLE_COULDNT_CONNECT:
            return connect_failure(easy, request);
        case CURLE_COULDNT_RESOLVE_HOST:
            return "cannot resolve the host of " + request.url;
        case CURLE_OPERATION_TIMEDOUT:
            return timeout_failure(easy, request);
        case CURLE_PARTIAL_FILE:
            return "connection closed after " + std::to_string(transfer.staging.size()) + " bytes of the body";
        case CURLE_UNSUPPORTED_PROTOCOL:
            return "not an http or https address: " + request.url;
        case CURLE_TOO_MANY_REDIRECTS:
            return "more than 5 redirects";
        default:
            break;
    }
    return *details != '\0' ? std::string(details) : std::string(curl_easy_strerror(code));
}

}  // namespace

CurlFetcher::CurlFetcher() { initialise_curl_once(); }

FetchResult CurlFetcher::fetch(const FetchRequest& request) {
    FetchResult result;
    StagingFile staging(request.staging_path);
    if (!staging.is_open()) {
        result.error = staging.error();
        return result;
    }
    Easy easy(curl_easy_init());
    if (!easy) {
        result.error = "libcurl could not start a transfer";
        return result;
    }
    curl_slist* headers = nullptr;
    if (!request.if_none_match.empty()) {
        headers = curl_slist_append(headers, ("If-None-Match: " + request.if_none_match).c_str());
    }
    std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> header_list(headers, &curl_slist_free_all);
    Transfer transfer{easy, staging, request.max_bytes, request.stall_timeout, request.cancelled};
    configure(easy.get(), request, transfer, header_list.get());
    char details[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(easy.get(), CURLOPT_ERRORBUFFER, details);

    const CURLcode code = curl_easy_perform(easy.get());
    result.http_status = response_status(easy.get());
    if (code != CURLE_OK) {
        result.error = failure_words(code, easy.get(), transfer, request, details);
        return result;  // the staging file is removed as it goes out of scope
    }
    if (result.http_status == 304) {
        result.outcome = FetchResult::Outcome::not_modified;
        return result;
    }
    if (!is_success(result.http_status)) {
        result.error = "HTTP " + std::to_string(result.http_status);
        return result;
    }
    result.bytes = staging.size();
    if (!staging.keep()) {
        result.error = staging.write_errno() == ENOSPC
                           ? "disk full while staging"
                           : "cannot save the staging file: " + std::string(std::strerror(staging.write_errno()));
        return result;
    }
    curl_header* etag = nullptr;
    if (curl_easy_header(easy.get(), "ETag", 0, CURLH_HEADER, -1, &etag) == CURLHE_OK) {
        result.etag = etag->value;
    }
    result.outcome = FetchResult::Outcome::fetched;
    return result;
}

}  // namespace kiosk
