// The content console's security cases, each a test of its own.

#include <sys/stat.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "console/console_fixture.h"
#include "pack_tool/console/confined_path.h"
#include "pack_tool/console/listen_address.h"

namespace fs = std::filesystem;
using nlohmann::json;

namespace kiosk::testing {
namespace {

const std::string kTopic = "zh-Hans/topics/legal-aid.md";

std::string slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

TEST(ConsoleListen, NonLoopbackBindWithoutPasswordIsRefused) {
    auto anywhere = parse_listen_address("0.0.0.0:8080");
    ASSERT_TRUE(anywhere);
    const Status refused = listen_allowed(*anywhere, false);
    ASSERT_FALSE(refused);
    EXPECT_NE(refused.error().message.find("--password-file"), std::string::npos);
    EXPECT_TRUE(listen_allowed(*anywhere, true));
    for (const char* local : {"127.0.0.1:8080", "127.8.0.1:1", "[::1]:8080", "localhost:8080"}) {
        auto address = parse_listen_address(local);
        ASSERT_TRUE(address) << local;
        EXPECT_TRUE(listen_allowed(*address, false)) << local;
    }
    EXPECT_FALSE(parse_listen_address("127.0.0.1"));
    EXPECT_FALSE(parse_listen_address("127.0.0.1:99999"));
}

TEST_F(ConsoleTest, NonLoopbackBindWithoutPasswordIsRefusedByTheServer) {
    ConsoleServer server(settings());
    auto bound = server.bind({"0.0.0.0", 0});
    ASSERT_FALSE(bound);
    EXPECT_NE(bound.error().message.find("--password-file"), std::string::npos);
}

TEST_F(ConsoleTest, WriteWithoutCsrfTokenIsRefused) {
    start();
    const std::string csrf = open_session();
    ASSERT_EQ(csrf.size(), 64u);
    const std::string before = slurp(pack_ / kTopic);
    const json save = {{"path", kTopic}, {"version", ""}, {"text", "overwritten"}};
    auto without = client_->Post("/api/save", headers(), save.dump(), "application/json");
    ASSERT_TRUE(without);
    EXPECT_EQ(without->status, 403);
    auto wrong = client_->Post("/api/save", headers(std::string(64, '0')), save.dump(), "application/json");
    ASSERT_TRUE(wrong);
    EXPECT_EQ(wrong->status, 403);
    EXPECT_EQ(slurp(pack_ / kTopic), before);
}

TEST_F(ConsoleTest, ReadWithoutSessionIsRefused) {
    start();
    auto answer = client_->Get("/api/file?path=" + kTopic);
    ASSERT_TRUE(answer);
    EXPECT_EQ(answer->status, 401);
}

TEST_F(ConsoleTest, SessionCookieIsHttpOnlyAndSameSiteStrict) {
    start();
    auto answer = client_->Get("/api/session");
    ASSERT_TRUE(answer);
    const std::string cookie = answer->get_header_value("Set-Cookie");
    EXPECT_NE(cookie.find("HttpOnly"), std::string::npos) << cookie;
    EXPECT_NE(cookie.find("SameSite=Strict"), std::string::npos) << cookie;
}

TEST_F(ConsoleTest, PathWithDotDotIsRefused) {
    start();
    const std::string csrf = open_session();
    std::ofstream(folder_ / "outside.toml") << "x = \"y\"\n";
    auto read = client_->Get("/api/file?path=../outside.toml", headers());
    ASSERT_TRUE(read);
    EXPECT_EQ(read->status, 400);
    EXPECT_NE(read->body.find("'..'"), std::string::npos) << read->body;
    const json save = {{"path", "zh-Hans/../../outside.toml"}, {"version", ""}, {"text", "x = \"z\"\n"}};
    auto write = client_->Post("/api/save", headers(csrf), save.dump(), "application/json");
    ASSERT_TRUE(write);
    EXPECT_EQ(write->status, 400);
    EXPECT_EQ(slurp(folder_ / "outside.toml"), "x = \"y\"\n");
}

TEST(ConfinedPath, AbsolutePathsAndLinksOutOfThePackAreRefused) {
    const fs::path root = fresh_test_folder("confined");
    fs::create_directories(root / "pack/zh-Hans");
    fs::create_directories(root / "elsewhere");
    fs::create_directory_symlink(root / "elsewhere", root / "pack/zh-Hans/out");
    fs::create_directory_symlink(root / "pack/zh-Hans", root / "pack/in");
    EXPECT_FALSE(confined_path(root / "pack", "/etc/passwd"));
    EXPECT_FALSE(confined_path(root / "pack", "zh-Hans/out/x.md"));
    EXPECT_FALSE(confined_path(root / "pack", "zh-Hans/./x.md"));
    EXPECT_FALSE(confined_path(root / "pack", "zh-Hans\\x.md"));
    EXPECT_TRUE(confined_path(root / "pack", "in/x.md"));
    EXPECT_TRUE(confined_path(root / "pack", "zh-Hans/topics/new.md"));
    fs::remove_all(root);
}

TEST_F(ConsoleTest, FiftyMegabyteBodyIsRefused) {
    start();
    const std::string csrf = open_session();
    const std::string before = slurp(pack_ / kTopic);
    const std::string body = "{\"path\":\"" + kTopic + "\",\"text\":\"" + std::string(50u << 20, 'a') + "\"}";
    auto answer = client_->Post("/api/save", headers(csrf), body, "application/json");
    ASSERT_TRUE(answer);
    EXPECT_EQ(answer->status, 413);
    EXPECT_EQ(slurp(pack_ / kTopic), before);
}

TEST_F(ConsoleTest, StaleSaveIsRefused) {
    start();
    const std::string csrf = open_session();
    auto loaded = client_->Get("/api/file?path=" + kTopic, headers());
    ASSERT_TRUE(loaded);
    ASSERT_EQ(loaded->status, 200);
    const std::string version = json::parse(loaded->body)["version"];
    // Someone else changes the file after the editor loaded it.
    std::ofstream(pack_ / kTopic, std::ios::app) << "\n另一位同事加的一句。\n";
    const std::string theirs = slurp(pack_ / kTopic);

    const json raw = {{"path", kTopic}, {"version", version}, {"text", "mine"}};
    auto answer = client_->Post("/api/save", headers(csrf), raw.dump(), "application/json");
    ASSERT_TRUE(answer);
    EXPECT_EQ(answer->status, 409);
    EXPECT_NE(answer->body.find("changed since you opened it"), std::string::npos) << answer->body;
    const json fields = {{"path", kTopic}, {"version", version}, {"fields", {{"0", "新标题"}}}};
    auto by_field = client_->Post("/api/save", headers(csrf), fields.dump(), "application/json");
    ASSERT_TRUE(by_field);
    EXPECT_EQ(by_field->status, 409);
    EXPECT_EQ(slurp(pack_ / kTopic), theirs);
}

TEST_F(ConsoleTest, AnotherHostNameIsRefusedOnLoopback) {
    start();
    auto answer = client_->Get("/api/session", {{"Host", "attacker.example:80"}});
    ASSERT_TRUE(answer);
    EXPECT_EQ(answer->status, 403);
}

TEST_F(ConsoleTest, APasswordOpensTheSessionAndNothingElseDoes) {
    auto hash = ConsolePassword::hash("correct horse battery");
    ASSERT_TRUE(hash);
    const fs::path file = folder_ / "password";
    std::ofstream(file) << *hash << "\n";
    auto password = ConsolePassword::read(file.string());
    ASSERT_TRUE(password) << password.error().to_string();
    ConsoleSettings s = settings();
    s.password = std::move(*password);
    start(std::move(s));
    auto anonymous = client_->Get("/api/session");
    ASSERT_TRUE(anonymous);
    EXPECT_TRUE(anonymous->get_header_value("Set-Cookie").empty());
    EXPECT_EQ(json::parse(anonymous->body)["signed_in"], false);
    auto wrong = client_->Post("/api/login", json{{"password", "wrong"}}.dump(), "application/json");
    ASSERT_TRUE(wrong);
    EXPECT_EQ(wrong->status, 403);
    auto right = client_->Post("/api/login", json{{"password", "correct horse battery"}}.dump(), "application/json");
    ASSERT_TRUE(right);
    EXPECT_EQ(right->status, 200);
    EXPECT_NE(right->get_header_value("Set-Cookie").find("HttpOnly"), std::string::npos);
}

}  // namespace
}  // namespace kiosk::testing
