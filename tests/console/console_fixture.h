#pragma once

#include <gtest/gtest.h>
#include <httplib.h>

#include <filesystem>
#include <memory>
#include <string>
#include <thread>

#include "pack_tool/console/console_server.h"
#include "support/paths.h"
#include "support/test_folder.h"

namespace kiosk::testing {

// A content console on a loopback port of its own, serving a copy of the mini pack, and a
// client that holds its session cookie.
class ConsoleTest : public ::testing::Test {
protected:
    void SetUp() override {
        // The pack check reads the fonts and strings of the build tree's data folder.
        const std::string data = std::filesystem::path(strings_dir()).parent_path().parent_path().string();
        ::setenv("ACCESS_KIOSK_DATA_DIR", data.c_str(), 1);
        folder_ = fresh_test_folder("console");
        pack_ = folder_ / "pack";
        std::filesystem::copy(fixture_path("mini-pack"), pack_, std::filesystem::copy_options::recursive);
    }

    void TearDown() override {
        if (server_) server_->stop();
        if (thread_.joinable()) thread_.join();
        std::filesystem::remove_all(folder_);
    }

    ConsoleSettings settings() const {
        ConsoleSettings s;
        s.pack_dir = std::filesystem::canonical(pack_);
        s.state_dir = folder_ / "state";
        s.web_dir = source_path("kiosk/pack_tool/console/web");
        s.strings_dir = strings_dir();
        s.kiosk_program = KIOSK_BINARY;
        s.tool_program = KIOSK_PACK_BINARY;
        s.publish = {KIOSK_PACK_BINARY, s.pack_dir, s.state_dir, "", "stable", folder_ / "channels"};
        return s;
    }

    // Starts the console; the socket listens before the call returns.
    void start(ConsoleSettings s) {
        server_ = std::make_unique<ConsoleServer>(std::move(s));
        auto port = server_->bind({"127.0.0.1", 0});
        ASSERT_TRUE(port) << port.error().to_string();
        port_ = *port;
        thread_ = std::thread([this] { server_->run(); });
        client_ = std::make_unique<httplib::Client>("127.0.0.1", port_);
        client_->set_read_timeout(120, 0);  // a check or publish is slow under ASan on a busy machine
    }
    void start() { start(settings()); }

    // Opens a session as a browser does; its CSRF token.
    std::string open_session() {
        auto answer = client_->Get("/api/session");
        EXPECT_TRUE(answer && answer->status == 200);
        if (!answer) return {};
        const std::string cookie = answer->get_header_value("Set-Cookie");
        cookie_ = cookie.substr(0, cookie.find(';'));
        const std::string body = answer->body;
        const std::size_t at = body.find("\"csrf\":\"");
        return at == std::string::npos ? std::string() : body.substr(at + 8, 64);
    }

    httplib::Headers headers(const std::string& csrf = "") const {
        httplib::Headers h{{"Cookie", cookie_}};
        if (!csrf.empty()) h.emplace("X-CSRF-Token", csrf);
        return h;
    }

    std::filesystem::path folder_;
    std::filesystem::path pack_;
    std::unique_ptr<ConsoleServer> server_;
    std::thread thread_;
    std::unique_ptr<httplib::Client> client_;
    std::string cookie_;
    int port_ = 0;
};

}  // namespace kiosk::testing
