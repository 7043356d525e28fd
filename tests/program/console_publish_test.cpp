// A change made in the content console and published there reaches a running kiosk that
// follows the channel (served by Debian's nginx), and is shown after the idle delay: the
// console's publish is the fleet's publish.

#include <gtest/gtest.h>
#include <httplib.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <thread>

#include "pack_tool/console/console_server.h"
#include "support/kiosk_program.h"
#include "support/nginx_server.h"
#include "support/paths.h"

namespace fs = std::filesystem;
using nlohmann::json;

namespace kiosk {
namespace {

class ConsolePublish : public testing::KioskProgram {
protected:
    void SetUp() override {
        KioskProgram::SetUp();
        const std::string data = fs::path(testing::strings_dir()).parent_path().parent_path().string();
        ::setenv("ACCESS_KIOSK_DATA_DIR", data.c_str(), 1);
        fs::copy(testing::fixture_path("mini-pack"), dir_ / "pack", fs::copy_options::recursive);
        fs::create_directories(dir_ / "web");
        const std::string keygen = std::string(KIOSK_PACK_BINARY) + " keygen " + (dir_ / "staff").string();
        ASSERT_EQ(std::system((keygen + " >/dev/null").c_str()), 0);

        ConsoleSettings s;
        s.pack_dir = fs::canonical(dir_ / "pack");
        s.state_dir = dir_ / "console";
        s.web_dir = testing::source_path("kiosk/pack_tool/console/web");
        s.strings_dir = testing::strings_dir();
        s.kiosk_program = KIOSK_BINARY;
        s.tool_program = KIOSK_PACK_BINARY;
        s.publish = {KIOSK_PACK_BINARY, s.pack_dir, s.state_dir, (dir_ / "staff.key").string(), "stable", dir_ / "web"};
        console_ = std::make_unique<ConsoleServer>(s);
        auto port = console_->bind({"127.0.0.1", 0});
        ASSERT_TRUE(port) << port.error().to_string();
        thread_ = std::thread([this] { console_->run(); });
        client_ = std::make_unique<httplib::Client>("127.0.0.1", *port);
        client_->set_read_timeout(120, 0);  // a check or publish is slow under ASan on a busy machine
        auto session = client_->Get("/api/session");
        ASSERT_TRUE(session && session->status == 200);
        const std::string cookie = session->get_header_value("Set-Cookie");
        headers_ = {{"Cookie", cookie.substr(0, cookie.find(';'))},
                    {"X-CSRF-Token", json::parse(session->body)["csrf"].get<std::string>()}};
    }

    void TearDown() override {
        if (console_) console_->stop();
        if (thread_.joinable()) thread_.join();
        KioskProgram::TearDown();
    }

    // Changes one field of a pack file through the console, as its pages do.
    void change_field(const std::string& path, const std::string& from, const std::string& to) {
        auto file = client_->Get("/api/file?path=" + path, headers_);
        ASSERT_TRUE(file && file->status == 200);
        const json loaded = json::parse(file->body);
        int index = -1;
        for (std::size_t i = 0; i < loaded["fields"].size(); ++i) {
            if (loaded["fields"][i]["text"] == from) index = static_cast<int>(i);
        }
        ASSERT_GE(index, 0) << path << " has no field '" << from << "'";
        const json save = {{"path", path}, {"version", loaded["version"]}, {"fields", {{std::to_string(index), to}}}};
        auto saved = client_->Post("/api/save", headers_, save.dump(), "application/json");
        ASSERT_TRUE(saved);
        ASSERT_EQ(saved->status, 200) << saved->body;
        ASSERT_EQ(json::parse(saved->body)["errors"], 0) << saved->body;
    }

    json publish() {
        auto answer = client_->Post("/api/publish", headers_, "{}", "application/json");
        EXPECT_TRUE(answer);
        if (!answer) return {};
        EXPECT_EQ(answer->status, 200) << answer->body;
        return json::parse(answer->body);
    }

    std::unique_ptr<ConsoleServer> console_;
    std::thread thread_;
    std::unique_ptr<httplib::Client> client_;
    httplib::Headers headers_;
};

TEST_F(ConsolePublish, AChangeMadeInTheConsoleAndPublishedIsShownOnARunningKiosk) {
    const json first = publish();
    const std::string first_archive = first.value("archive", "");
    ASSERT_TRUE(fs::exists(first_archive)) << first.dump();
    testing::NginxServer nginx(dir_ / "web", dir_ / "nginx");
    const pid_t kiosk = start("--pack " + first_archive + " --trust-key " + (dir_ / "staff.pub").string() +
                              " --update-url " + nginx.url("/") + " --poll-seconds 1 --update-idle 1 --speech-log " +
                              (dir_ / "speech.jsonl").string() + " --script " +
                              write_script("wait 300\nkey Down\nawait pack updated to version 0.2.0\nkey Down\n"
                                           "wait 300\nquit\n")
                                  .string());
    ASSERT_GE(kiosk, 0);
    ASSERT_TRUE(testing::wait_until_file_holds(dir_ / "speech.jsonl", "\"speak\"", std::chrono::seconds(40)));

    // Staff change the home title and raise the version in the console, then publish.
    change_field("zh-Hans/home.toml", "测试指南", "新的指南");
    change_field("pack.toml", "0.1.0", "0.2.0");
    const json second = publish();
    EXPECT_NE(second.value("archive", ""), first_archive);

    ASSERT_EQ(wait_for_exit(kiosk), 0) << testing::slurp(dir_ / "stderr.txt");
    std::vector<std::string> spoken;
    bool updated = false;
    for (const auto& event : read_log()) {
        if (event["event"] == "note" && event["message"] == "pack updated to version 0.2.0") updated = true;
        if (event["event"] == "speak") spoken.push_back(event["text"]);
    }
    EXPECT_TRUE(updated) << testing::slurp(dir_ / "speech.jsonl");
    ASSERT_FALSE(spoken.empty());
    EXPECT_EQ(spoken.back().rfind("新的指南", 0), 0u) << spoken.back();
}

}  // namespace
}  // namespace kiosk
