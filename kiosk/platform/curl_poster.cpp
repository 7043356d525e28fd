#include "platform/curl_poster.h"

#include <curl/curl.h>

#include <memory>

#include "platform/curl_global.h"

#ifndef KIOSK_VERSION
#define KIOSK_VERSION "0"
#endif

namespace kiosk {
namespace {

struct EasyDeleter {
    void operator()(CURL* easy) const { curl_easy_cleanup(easy); }
};
struct ListDeleter {
    void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};

// The answer's body is of no interest: staff read the alert, not the kiosk.
std::size_t drop_body(char* /*data*/, std::size_t size, std::size_t count, void* /*user*/) { return size * count; }

}  // namespace

Result<long> post_json(const std::string& url, const std::string& json, std::chrono::milliseconds timeout) {
    initialise_curl_once();
    const std::unique_ptr<CURL, EasyDeleter> easy(curl_easy_init());
    if (!easy) return failure("cannot start libcurl");
    curl_slist* headers = curl_slist_append(nullptr, "Content-Type: application/json");
    headers = curl_slist_append(headers, "Expect:");  // send the body at once, no 100-continue wait
    const std::unique_ptr<curl_slist, ListDeleter> header_list(headers);
    CURL* handle = easy.get();
    curl_easy_setopt(handle, CURLOPT_URL, url.c_str());
    curl_easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(handle, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(handle, CURLOPT_USERAGENT, "access-kiosk/" KIOSK_VERSION);
    curl_easy_setopt(handle, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(handle, CURLOPT_POSTFIELDS, json.c_str());
    curl_easy_setopt(handle, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(json.size()));
    curl_easy_setopt(handle, CURLOPT_TIMEOUT_MS, static_cast<long>(timeout.count()));
    curl_easy_setopt(handle, CURLOPT_WRITEFUNCTION, &drop_body);
    const CURLcode code = curl_easy_perform(handle);
    if (code == CURLE_OPERATION_TIMEDOUT) return failure("no answer within " + std::to_string(timeout.count()) + " ms");
    if (code != CURLE_OK) return failure(curl_easy_strerror(code));
    long status = 0;
    curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &status);
    return status;
}

}  // namespace kiosk
