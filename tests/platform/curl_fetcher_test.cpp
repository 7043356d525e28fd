// The libcurl fetcher against Debian's nginx on a free port, and against a scripted server
// for the answers nginx does not give (a stall, a body cut short). Every wait is bounded by
// the request's own timeouts, which are kept small here.
#include "platform/curl_fetcher.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

#include "support/nginx_server.h"
#include "support/scripted_http_server.h"
#include "support/test_folder.h"

namespace kiosk {
namespace {

namespace fs = std::filesystem;
using Outcome = FetchResult::Outcome;
using testing::NginxServer;
using testing::ScriptedHttpServer;

class CurlFetcherTest : public ::testing::Test {
protected:
    void SetUp() override {
        folder_ = testing::fresh_test_folder("curl-fetcher");
        fs::create_directories(folder_ / "www");
    }
    void TearDown() override { fs::remove_all(folder_); }

    void publish(const std::string& name, const std::string& content) const {
        std::ofstream(folder_ / "www" / name, std::ios::binary) << content;
    }
    NginxServer& nginx() {
        if (!nginx_) {
            nginx_ = std::make_unique<NginxServer>(folder_ / "www", folder_ / "nginx");
        }
        return *nginx_;
    }
    [[nodiscard]] FetchRequest request_for(const std::string& url) const {
        FetchRequest request;
        request.url = url;
        request.staging_path = staging().string();
        request.max_bytes = 1024 * 1024;
        request.timeout = std::chrono::seconds(5);
        request.stall_timeout = std::chrono::milliseconds(500);
        return request;
    }
    [[nodiscard]] fs::path staging() const { return folder_ / "staging.part"; }

    fs::path folder_;
    std::unique_ptr<NginxServer> nginx_;
    CurlFetcher fetcher_;
};

std::string file_text(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

TEST_F(CurlFetcherTest, FetchesWithItsEtagThenIsNotModified) {
    publish("index.json", "{\"sequence\": 1}\n");
    const FetchResult first = fetcher_.fetch(request_for(nginx().url("/index.json")));
    ASSERT_EQ(first.outcome, Outcome::fetched) << first.error;
    EXPECT_EQ(first.http_status, 200);
    EXPECT_EQ(first.bytes, 16U);
    EXPECT_EQ(file_text(staging()), "{\"sequence\": 1}\n");
    ASSERT_FALSE(first.etag.empty());
    EXPECT_EQ(first.etag.front(), '"');

    FetchRequest again = request_for(nginx().url("/index.json"));
    again.if_none_match = first.etag;
    const FetchResult second = fetcher_.fetch(again);
    EXPECT_EQ(second.outcome, Outcome::not_modified) << second.error;
    EXPECT_EQ(second.http_status, 304);
    EXPECT_FALSE(fs::exists(staging()));

    const auto log = nginx().access_log_lines();
    ASSERT_EQ(log.size(), 2U);
    EXPECT_EQ(log[0].rfind("200 ", 0), 0U) << log[0];
    EXPECT_EQ(log[1].rfind("304 ", 0), 0U) << log[1];
    EXPECT_NE(log[1].find("\"access-kiosk/"), std::string::npos) << log[1];
}

TEST_F(CurlFetcherTest, ChangedFileIsFetchedAgainDespiteTheOldEtag) {
    publish("index.json", "one");
    const FetchResult first = fetcher_.fetch(request_for(nginx().url("/index.json")));
    ASSERT_EQ(first.outcome, Outcome::fetched) << first.error;
    publish("index.json", "two, longer");
    FetchRequest again = request_for(nginx().url("/index.json"));
    again.if_none_match = first.etag;
    const FetchResult second = fetcher_.fetch(again);
    ASSERT_EQ(second.outcome, Outcome::fetched) << second.error;
    EXPECT_NE(second.etag, first.etag);
    EXPECT_EQ(file_text(staging()), "two, longer");
}

TEST_F(CurlFetcherTest, MissingFileFailsWithItsStatus) {
    const FetchResult result = fetcher_.fetch(request_for(nginx().url("/absent.json")));
    EXPECT_EQ(result.outcome, Outcome::failed);
    EXPECT_EQ(result.http_status, 404);
    EXPECT_EQ(result.error, "HTTP 404");
    EXPECT_FALSE(fs::exists(staging()));
}

TEST_F(CurlFetcherTest, ServerDownFailsAtOnceAndRecoversWhenItReturns) {
    publish("index.json", "{}");
    nginx().stop();
    const auto started = std::chrono::steady_clock::now();
    const FetchResult down = fetcher_.fetch(request_for(nginx().url("/index.json")));
    EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(1));
    EXPECT_EQ(down.outcome, Outcome::failed);
    EXPECT_EQ(down.http_status, 0);
    EXPECT_EQ(down.error, "connection refused to 127.0.0.1:" + std::to_string(nginx().port()));
    EXPECT_FALSE(fs::exists(staging()));

    nginx().start();
    const FetchResult back = fetcher_.fetch(request_for(nginx().url("/index.json")));
    EXPECT_EQ(back.outcome, Outcome::fetched) << back.error;
}

TEST_F(CurlFetcherTest, StallMidBodyFailsAfterTheStallTimeout) {
    const ScriptedHttpServer server("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n" + std::string(300, 'x'),
                                    ScriptedHttpServer::After::hold_open);
    const auto started = std::chrono::steady_clock::now();
    const FetchResult result = fetcher_.fetch(request_for(server.url("/pack.kpack")));
    const auto took = std::chrono::steady_clock::now() - started;
    EXPECT_EQ(result.outcome, Outcome::failed);
    EXPECT_EQ(result.error, "stalled: no data for 500 ms");
    EXPECT_GE(took, std::chrono::milliseconds(500));
    EXPECT_LT(took, std::chrono::seconds(4));  // libcurl looks about once a second; the whole timeout is 5 s
    EXPECT_FALSE(fs::exists(staging()));
}

// The kiosk, exiting, gives up a download at once rather than after its stall timeout.
TEST_F(CurlFetcherTest, CancelledDuringADownloadFailsAtOnceAndLeavesNothing) {
    ScriptedHttpServer server("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n" + std::string(300, 'x'),
                              ScriptedHttpServer::After::hold_open);
    std::atomic<bool> cancelled{false};
    std::thread exiting([&] {
        server.wait_until_answered();
        cancelled = true;
    });
    FetchRequest request = request_for(server.url("/pack.kpack"));
    request.stall_timeout = std::chrono::seconds(20);
    request.cancelled = &cancelled;
    const auto started = std::chrono::steady_clock::now();
    const FetchResult result = fetcher_.fetch(request);
    exiting.join();
    EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(4));  // not the 20 s stall timeout
    EXPECT_EQ(result.outcome, Outcome::failed);
    EXPECT_EQ(result.error, "cancelled");
    EXPECT_FALSE(fs::exists(staging()));
}

TEST_F(CurlFetcherTest, CancelledBeforeTheStartFetchesNothing) {
    publish("index.json", "{}");
    const std::atomic<bool> cancelled{true};
    FetchRequest request = request_for(nginx().url("/index.json"));
    request.cancelled = &cancelled;
    const FetchResult result = fetcher_.fetch(request);
    EXPECT_EQ(result.outcome, Outcome::failed);
    EXPECT_EQ(result.error, "cancelled");
    EXPECT_FALSE(fs::exists(staging()));
}

TEST_F(CurlFetcherTest, WholeTransferTimeoutEndsAStallOnlyTheClockNotices) {
    const ScriptedHttpServer server("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n12345",
                                    ScriptedHttpServer::After::hold_open);
    FetchRequest request = request_for(server.url("/pack.kpack"));
    request.timeout = std::chrono::milliseconds(300);
    request.stall_timeout = std::chrono::seconds(5);
    const FetchResult result = fetcher_.fetch(request);
    EXPECT_EQ(result.outcome, Outcome::failed);
    EXPECT_EQ(result.error, "timed out after 300 ms");
    EXPECT_FALSE(fs::exists(staging()));
}

TEST_F(CurlFetcherTest, BodyCutShortFailsAndLeavesNothing) {
    const ScriptedHttpServer server(
        "HTTP/1.1 200 OK\r\nContent-Length: 1000\r\nETag: \"a\"\r\n\r\n" + std::string(100, 'x'),
        ScriptedHttpServer::After::close);
    const FetchResult result = fetcher_.fetch(request_for(server.url("/pack.kpack")));
    EXPECT_EQ(result.outcome, Outcome::failed);
    EXPECT_EQ(result.error, "connection closed after 100 bytes of the body");
    EXPECT_TRUE(result.etag.empty());
    EXPECT_FALSE(fs::exists(staging()));
}

TEST_F(CurlFetcherTest, DeclaredBodyOverTheLimitFailsAndLeavesNothing) {
    publish("pack.kpack", std::string(2000, 'p'));
    FetchRequest request = request_for(nginx().url("/pack.kpack"));
    request.max_bytes = 1999;
    const FetchResult result = fetcher_.fetch(request);
    EXPECT_EQ(result.outcome, Outcome::failed);
    EXPECT_EQ(result.error, "body larger than 1999 bytes");
    EXPECT_FALSE(fs::exists(staging()));

    request.max_bytes = 2000;
    EXPECT_EQ(fetcher_.fetch(request).outcome, Outcome::fetched);
}

TEST_F(CurlFetcherTest, UndeclaredBodyOverTheLimitFailsAndLeavesNothing) {
    const ScriptedHttpServer server("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n" + std::string(5000, 'x'),
                                    ScriptedHttpServer::After::close);
    FetchRequest request = request_for(server.url("/pack.kpack"));
    request.max_bytes = 4096;
    const FetchResult result = fetcher_.fetch(request);
    EXPECT_EQ(result.outcome, Outcome::failed);
    EXPECT_EQ(result.error, "body larger than 4096 bytes");
    EXPECT_FALSE(fs::exists(staging()));
}

// A disk that is full: the staging path is a link to /dev/full, where the kernel answers
// every write with ENOSPC, as a full file system does. It works for any user on any Linux,
// with no mount; the fetcher removes the path (the link), never the device.
TEST_F(CurlFetcherTest, FullDiskWhileStagingFailsAndLeavesNothing) {
    publish("pack.kpack", std::string(3000, 'p'));
    fs::create_symlink("/dev/full", staging());
    const FetchResult result = fetcher_.fetch(request_for(nginx().url("/pack.kpack")));
    EXPECT_EQ(result.outcome, Outcome::failed);
    EXPECT_EQ(result.error, "disk full while staging");
    EXPECT_FALSE(fs::exists(fs::symlink_status(staging())));
    EXPECT_TRUE(fs::exists("/dev/full"));
}

TEST_F(CurlFetcherTest, OnlyHttpAndHttpsAreFetched) {
    publish("index.json", "{}");
    const FetchResult result = fetcher_.fetch(request_for("file://" + (folder_ / "www/index.json").string()));
    EXPECT_EQ(result.outcome, Outcome::failed);
    EXPECT_EQ(result.error.rfind("not an http or https address", 0), 0U) << result.error;
    EXPECT_FALSE(fs::exists(staging()));
}

TEST_F(CurlFetcherTest, UnwritableStagingFolderFailsBeforeAnyRequest) {
    publish("index.json", "{}");
    FetchRequest request = request_for(nginx().url("/index.json"));
    request.staging_path = (folder_ / "no-such-folder" / "staging.part").string();
    const FetchResult result = fetcher_.fetch(request);
    EXPECT_EQ(result.outcome, Outcome::failed);
    EXPECT_EQ(result.error.rfind("cannot create the staging file", 0), 0U) << result.error;
    EXPECT_TRUE(nginx().access_log_lines().empty());
}

}  // namespace
}  // namespace kiosk
