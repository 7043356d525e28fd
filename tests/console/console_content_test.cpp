// Editing through the console: fields saved in place, the check's problems beside the
// field they belong to, the console's words in the kiosk's languages.

#include <fstream>
#include <nlohmann/json.hpp>

#include "console/console_fixture.h"

namespace fs = std::filesystem;
using nlohmann::json;

namespace kiosk::testing {
namespace {

const std::string kTopic = "zh-Hans/topics/legal-aid.md";

std::string slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

// The index of the first field whose text contains `part`.
int field_with(const json& file, const std::string& part) {
    for (std::size_t i = 0; i < file["fields"].size(); ++i) {
        if (file["fields"][i]["text"].get<std::string>().find(part) != std::string::npos) return static_cast<int>(i);
    }
    return -1;
}

TEST_F(ConsoleTest, AFieldSavedChangesOnlyItsTextOnDisk) {
    start();
    const std::string csrf = open_session();
    auto loaded = client_->Get("/api/file?path=" + kTopic, headers());
    ASSERT_TRUE(loaded && loaded->status == 200);
    const json file = json::parse(loaded->body);
    const int field = field_with(file, "12385");
    ASSERT_GE(field, 0);
    const std::string before = slurp(pack_ / kTopic);
    const json save = {{"path", kTopic},
                       {"version", file["version"]},
                       {"fields", {{std::to_string(field), "到区残联服务窗口，或打12345热线。"}}}};
    auto saved = client_->Post("/api/save", headers(csrf), save.dump(), "application/json");
    ASSERT_TRUE(saved);
    ASSERT_EQ(saved->status, 200) << saved->body;
    std::string expected = before;
    expected.replace(expected.find("12385"), 5, "12345");
    EXPECT_EQ(slurp(pack_ / kTopic), expected);
    EXPECT_NE(json::parse(saved->body)["version"], file["version"]);
}

TEST_F(ConsoleTest, ABrokenTopicLinkIsReportedAtItsFieldWithLineAndColumn) {
    start();
    const std::string csrf = open_session();
    auto loaded = client_->Get("/api/file?path=" + kTopic, headers());
    ASSERT_TRUE(loaded && loaded->status == 200);
    const json file = json::parse(loaded->body);
    const int field = field_with(file, "12385");
    ASSERT_GE(field, 0);
    const json save = {{"path", kTopic},
                       {"version", file["version"]},
                       {"fields", {{std::to_string(field), "见[热线](topic:no-such-topic)。"}}}};
    auto saved = client_->Post("/api/save", headers(csrf), save.dump(), "application/json");
    ASSERT_TRUE(saved);
    ASSERT_EQ(saved->status, 200) << saved->body;
    const json answer = json::parse(saved->body);
    EXPECT_GE(answer["errors"].get<int>(), 1);
    bool found = false;
    for (const auto& problem : answer["problems"]) {
        if (problem["message"].get<std::string>().find("no-such-topic") == std::string::npos) continue;
        found = true;
        EXPECT_EQ(problem["field"], field);
        EXPECT_EQ(problem["line"], file["fields"][field]["first_line"]);
        EXPECT_EQ(problem["severity"], "error");
    }
    EXPECT_TRUE(found) << answer["problems"].dump();
}

TEST_F(ConsoleTest, TheTopicHasEveryLanguageOfThePack) {
    start();
    open_session();
    auto answer = client_->Get("/api/topic?id=legal-aid", headers());
    ASSERT_TRUE(answer);
    ASSERT_EQ(answer->status, 200) << answer->body;
    const json topic = json::parse(answer->body);
    ASSERT_EQ(topic["languages"].size(), 1u);
    EXPECT_EQ(topic["languages"][0]["locale"], "zh-Hans");
    EXPECT_EQ(topic["languages"][0]["title"], "法律援助工作站");
    EXPECT_EQ(client_->Get("/api/topic?id=../x", headers())->status, 404);
}

TEST_F(ConsoleTest, TheConsoleSpeaksTheKiosksLanguages) {
    start();
    auto zh = client_->Get("/api/words?locale=zh-Hans");
    auto ko = client_->Get("/api/words?locale=ko");
    auto en = client_->Get("/api/words?locale=en");
    ASSERT_TRUE(zh && ko && en);
    EXPECT_EQ(json::parse(zh->body)["save"], "保存");
    EXPECT_EQ(json::parse(ko->body)["save"], "저장");
    EXPECT_EQ(json::parse(en->body)["save"], "Save");
    EXPECT_EQ(json::parse(zh->body).size(), json::parse(en->body).size());
}

TEST_F(ConsoleTest, TheOverviewTellsWhatChangedSincePublishing) {
    start();
    const std::string csrf = open_session();
    auto before = client_->Get("/api/pack", headers());
    ASSERT_TRUE(before && before->status == 200);
    const json topic = json::parse(before->body)["categories"][0]["topics"][0];
    EXPECT_EQ(topic["states"]["zh-Hans"], "present");
    const std::string id = topic["id"];
    std::ofstream(pack_ / ("zh-Hans/topics/" + id + ".md"), std::ios::app) << "\n新的一句。\n";
    auto after = client_->Get("/api/pack", headers());
    EXPECT_EQ(json::parse(after->body)["categories"][0]["topics"][0]["states"]["zh-Hans"], "changed");
}

TEST_F(ConsoleTest, ThePreviewIsTheKiosksOwnPictureOfTheTopic) {
    start();
    open_session();
    auto picture = client_->Get("/api/preview?topic=legal-aid&locale=zh-Hans&theme=high-contrast&size=150", headers());
    ASSERT_TRUE(picture);
    ASSERT_EQ(picture->status, 200) << picture->body;
    EXPECT_EQ(picture->get_header_value("Content-Type"), "image/png");
    EXPECT_EQ(picture->body.substr(1, 3), "PNG");
    EXPECT_GT(picture->body.size(), 5000u) << "a drawn screen, not an empty picture";
    EXPECT_GE(std::stoi(picture->get_header_value("X-Pages")), 1);
    auto unknown = client_->Get("/api/preview?topic=legal-aid&locale=zh-Hans&theme=pink", headers());
    ASSERT_TRUE(unknown);
    EXPECT_EQ(unknown->status, 422);
}

TEST_F(ConsoleTest, APackWithErrorsHasNoPreview) {
    start();
    const std::string csrf = open_session();
    auto loaded = client_->Get("/api/file?path=" + kTopic, headers());
    ASSERT_TRUE(loaded && loaded->status == 200);
    const json file = json::parse(loaded->body);
    const json broken = {{"path", kTopic},
                         {"version", file["version"]},
                         {"fields", {{std::to_string(field_with(file, "12385")), "见[热线](topic:nowhere)。"}}}};
    auto saved = client_->Post("/api/save", headers(csrf), broken.dump(), "application/json");
    ASSERT_TRUE(saved && saved->status == 200);
    auto picture = client_->Get("/api/preview?topic=legal-aid&locale=zh-Hans", headers());
    ASSERT_TRUE(picture);
    EXPECT_EQ(picture->status, 409);
}

}  // namespace
}  // namespace kiosk::testing
