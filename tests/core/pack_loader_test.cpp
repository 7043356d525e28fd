#include "core/content/pack_loader.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "support/paths.h"
#include "support/spoiled_pack.h"

namespace fs = std::filesystem;

namespace kiosk {
using testing::SpoiledPack;
namespace {

TEST(PackLoader, LoadsTheMiniPack) {
    const PackLoadResult result = load_pack(testing::fixture_path("mini-pack"));
    ASSERT_TRUE(result.pack);
    EXPECT_TRUE(result.problems.empty());
    const Pack& pack = *result.pack;
    EXPECT_EQ(pack.manifest.id, "mini");
    EXPECT_EQ(pack.manifest.date, "2026-11-29");
    const LocaleContent& zh = pack.content_for("zh-Hans-CN");
    ASSERT_EQ(zh.categories.size(), 2u);
    EXPECT_EQ(zh.categories[0].topic_ids, (std::vector<std::string>{"legal-aid", "hotlines"}));
    const Topic* topic = zh.find_topic("legal-aid");
    ASSERT_NE(topic, nullptr);
    EXPECT_EQ(topic->summary, "区里有一个残疾人法律援助工作站。");
    EXPECT_EQ(topic->blocks.front().text, "谁可以享受");
    EXPECT_EQ(topic->blocks.front().source_line, 7);
    EXPECT_EQ(zh.find_topic("goals-table")->kind, TopicKind::info);
}

TEST(PackLoader, MissingDirectoryIsNamed) {
    const PackLoadResult result = load_pack("/nonexistent/pack");
    ASSERT_FALSE(result.pack);
    EXPECT_EQ(result.problems.at(0).to_string(),
              "/nonexistent/pack: error: pack not found (expected a directory or a pack archive)");
}

TEST_F(SpoiledPack, MissingSectionIsReportedWithTheHeadingItNeeds) {
    replace("zh-Hans/topics/legal-aid.md", "## 怎样申请、问谁", "## 申请");
    EXPECT_EQ(only_error(),
              "zh-Hans/topics/legal-aid.md:6: error: missing section '## 怎样申请、问谁' (the three "
              "sections must come in the order of home.toml [sections])");
}

TEST_F(SpoiledPack, FrontMatterSyntaxErrorGivesTheFileLine) {
    replace("zh-Hans/topics/hotlines.md", "summary = \"", "summary = ");
    const std::string error = only_error();
    EXPECT_EQ(error.rfind("zh-Hans/topics/hotlines.md:3:", 0), 0u) << error;
    EXPECT_NE(error.find("TOML syntax"), std::string::npos) << error;
}

TEST_F(SpoiledPack, MissingFieldIsNamed) {
    replace("zh-Hans/topics/hotlines.md", "source = \"规划 三（四）1\"\n", "");
    EXPECT_EQ(only_error(), "zh-Hans/topics/hotlines.md:2: error: missing field 'source'");
}

TEST_F(SpoiledPack, ByteOrderMarkIsRefused) {
    write("pack.toml", "\xEF\xBB\xBF" + read("pack.toml"));
    EXPECT_EQ(only_error(),
              "pack.toml:1:1: error: file starts with a byte order mark (BOM); save it as UTF-8 without BOM");
}

TEST_F(SpoiledPack, InvalidUtf8GivesLineAndColumn) {
    replace("zh-Hans/topics/legal-aid.md", "免费的", "免\xFF的");
    EXPECT_EQ(only_error(), "zh-Hans/topics/legal-aid.md:13:2: error: invalid UTF-8 byte; save the file as UTF-8");
}

TEST_F(SpoiledPack, ListedTopicWithoutFile) {
    fs::remove(root_ / "zh-Hans/topics/hotlines.md");
    EXPECT_EQ(only_error(),
              "zh-Hans/home.toml:12:24: error: topic 'hotlines' is listed but zh-Hans/topics/hotlines.md does not exist");
}

TEST_F(SpoiledPack, TopicListedTwice) {
    replace("zh-Hans/home.toml", "topics = [\"goals-table\"]", "topics = [\"goals-table\", \"legal-aid\"]");
    const std::string error = only_error();
    EXPECT_NE(error.find("topic 'legal-aid' is listed twice"), std::string::npos) << error;
    EXPECT_EQ(error.rfind("zh-Hans/home.toml:17:", 0), 0u) << error;
}

TEST_F(SpoiledPack, UnlistedTopicFileIsAWarningNotAnError) {
    write("zh-Hans/topics/orphan.md", read("zh-Hans/topics/hotlines.md"));
    const PackLoadResult result = load_pack(root_.string());
    ASSERT_TRUE(result.pack);
    ASSERT_EQ(result.problems.size(), 1u);
    EXPECT_EQ(result.problems[0].severity, Severity::warning);
    EXPECT_EQ(result.problems[0].where.file, "zh-Hans/topics/orphan.md");
}

TEST_F(SpoiledPack, OversizedFileIsRefused) {
    write("zh-Hans/topics/hotlines.md", read("zh-Hans/topics/hotlines.md") + std::string(2 * 1024 * 1024, 'a'));
    const std::string error = only_error();
    EXPECT_EQ(error.rfind("zh-Hans/topics/hotlines.md: error: file is", 0), 0u) << error;
}

TEST_F(SpoiledPack, AllowFallbackFillsAMissingTranslationFromTheDefaultLanguage) {
    replace("pack.toml", "locales = [\"zh-Hans\"]", "locales = [\"zh-Hans\", \"en\"]\nallow_fallback = true");
    fs::create_directories(root_ / "en/topics");
    write("en/home.toml", read("zh-Hans/home.toml"));
    fs::copy(root_ / "zh-Hans/topics/legal-aid.md", root_ / "en/topics/legal-aid.md");
    fs::copy(root_ / "zh-Hans/topics/goals-table.md", root_ / "en/topics/goals-table.md");
    const PackLoadResult result = load_pack(root_.string());
    ASSERT_TRUE(result.pack) << (result.problems.empty() ? "" : result.problems[0].to_string());
    ASSERT_EQ(result.problems.size(), 1u);
    EXPECT_EQ(result.problems[0].to_string(), "en/topics/hotlines.md: warning: missing; the zh-Hans text is shown instead");
    EXPECT_EQ(result.pack->content_for("en").find_topic("hotlines")->title, "服务热线");
}

TEST_F(SpoiledPack, VoicesAreReadFromTheManifest) {
    write("pack.toml", read("pack.toml") + "\n[voices]\nzh-Hans = \"cmn\"\n");
    const PackLoadResult result = load_pack(root_.string());
    ASSERT_TRUE(result.pack);
    EXPECT_EQ(result.pack->manifest.voice_for("zh-Hans", "cmn-latn-pinyin"), "cmn");
    EXPECT_EQ(result.pack->manifest.voice_for("ko", "ko"), "ko");
}

TEST_F(SpoiledPack, DefaultLocaleMustBeAPackLocale) {
    replace("pack.toml", "default_locale = \"zh-Hans\"", "default_locale = \"ko\"");
    EXPECT_EQ(only_error(), "pack.toml: error: default_locale 'ko' is not one of the pack's locales");
}

}  // namespace
}  // namespace kiosk
