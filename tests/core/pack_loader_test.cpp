#include "core/content/pack_loader.h"
#include "core/content/review_date.h"

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
    EXPECT_EQ(only_error(), "zh-Hans/topics/legal-aid.md:13:26: error: invalid UTF-8 byte; save the file as UTF-8");
}

TEST_F(SpoiledPack, ListedTopicWithoutFile) {
    fs::remove(root_ / "zh-Hans/topics/hotlines.md");
    EXPECT_EQ(
        only_error(),
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

TEST_F(SpoiledPack, BrailleInstructionsAreReadWithWhereTheyAreWritten) {
    const PackLoadResult result = load_pack(root_.string());
    ASSERT_TRUE(result.pack);
    const LocaleContent& zh = result.pack->content_for("zh-Hans");
    EXPECT_EQ(zh.braille_instructions, std::vector<std::string>{"按键开始播报。"});
    ASSERT_EQ(zh.braille_instructions_at.size(), 1u);
    EXPECT_EQ(zh.braille_instructions_at[0].file, "zh-Hans/home.toml");
    EXPECT_EQ(zh.braille_instructions_at[0].line, 20);
}

TEST_F(SpoiledPack, MissingBrailleInstructionsAreAWarningNotAnError) {
    replace("zh-Hans/home.toml", "[braille]\ninstructions = [\"按键开始播报。\"]\n", "");
    const PackLoadResult result = load_pack(root_.string());
    ASSERT_TRUE(result.pack);
    ASSERT_EQ(result.problems.size(), 1u);
    EXPECT_EQ(result.problems[0].to_string().rfind("zh-Hans/home.toml:1:1: warning: no [braille] instructions", 0), 0u)
        << result.problems[0].to_string();
}

TEST_F(SpoiledPack, BrailleInstructionsTooLongToReadByTouchAreAWarning) {
    std::string long_text;
    for (std::size_t i = 0; i <= kMaxBrailleInstructionCharacters; ++i) long_text += "键";
    replace("zh-Hans/home.toml", "按键开始播报。", long_text);
    const PackLoadResult result = load_pack(root_.string());
    ASSERT_TRUE(result.pack);
    ASSERT_EQ(result.problems.size(), 1u);
    EXPECT_EQ(result.problems[0].severity, Severity::warning);
    EXPECT_EQ(result.problems[0].where.line, 20);
    EXPECT_NE(result.problems[0].message.find("301 characters long"), std::string::npos) << result.problems[0].message;
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
    EXPECT_EQ(result.problems[0].to_string(),
              "en/topics/hotlines.md: warning: missing; the zh-Hans text is shown instead");
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

TEST(PackLoader, ReadsTheSourceStatusAndClaims) {
    const PackLoadResult result = load_pack(testing::fixture_path("mini-pack"));
    ASSERT_TRUE(result.pack);
    const Manifest& manifest = result.pack->manifest;
    EXPECT_EQ(manifest.publisher, "");  // optional
    EXPECT_EQ(manifest.source, "测试区“十四五”残疾人保障和发展规划（讨论稿）");
    EXPECT_TRUE(manifest.source_is_draft);
    EXPECT_EQ(manifest.plan_period, "2021–2025");
    EXPECT_EQ(manifest.review_by, "2099-12-31");
    const Topic* topic = result.pack->content_for("zh-Hans").find_topic("legal-aid");
    const Block& goal = topic->blocks.at(3);
    ASSERT_TRUE(goal.claim);
    EXPECT_EQ(*goal.claim, (Claim{ClaimKind::target, "三（四）1", ClaimFlag::binding}));
    EXPECT_EQ(goal.text, "免费的法律咨询和代理。涉及残疾人的刑事案件都提供法律援助。");
    EXPECT_FALSE(topic->blocks.at(5).claim);  // how to apply: guidance, no marker
}

TEST_F(SpoiledPack, UnmarkedParagraphInTheEligibilitySection) {
    replace("zh-Hans/topics/hotlines.md", "{rule 三（四）1} 所有居民。", "所有居民。");
    EXPECT_EQ(
        only_error().rfind("zh-Hans/topics/hotlines.md:9:1: error: unmarked claim: start it with {target REF}", 0), 0u);
}

TEST_F(SpoiledPack, UnmarkedListItemInTheBenefitSection) {
    replace("zh-Hans/topics/hotlines.md", "- {rule 三（四）1} 12385", "- 12385");
    EXPECT_EQ(only_error().rfind("zh-Hans/topics/hotlines.md:14:3: error: unmarked claim", 0), 0u);
}

TEST_F(SpoiledPack, InfoTopicsAndTheApplySectionNeedNoMarkers) {
    replace("zh-Hans/topics/goals-table.md", "## 指标表\n", "## 指标表\n\n规划的指标。\n");
    replace("zh-Hans/topics/hotlines.md", "直接拨打。", "- 直接拨打。");
    const PackLoadResult result = load_pack(root_.string());
    EXPECT_TRUE(result.pack);
    EXPECT_TRUE(result.problems.empty());
}

TEST_F(SpoiledPack, ReviewDateMustBeADate) {
    replace("pack.toml", "review_by = 2099-12-31", "review_by = \"2099-12-31\"");
    EXPECT_EQ(only_error(), "pack.toml:10: error: field 'review_by' must be a date without quotes, e.g. 2027-06-30");
}

TEST_F(SpoiledPack, SourceIsDraftMustBeTrueOrFalse) {
    replace("pack.toml", "source_is_draft = true", "source_is_draft = \"yes\"");
    EXPECT_EQ(only_error(), "pack.toml:8: error: field 'source_is_draft' must be true or false");
}

TEST(ReviewDate, WarnsOnlyOnceTheDateHasPassed) {
    Manifest manifest;
    manifest.review_by = "2027-06-30";
    manifest.review_by_line = 10;
    EXPECT_FALSE(review_date_warning(manifest, "2027-06-29"));
    EXPECT_FALSE(review_date_warning(manifest, "2027-06-30"));
    const auto warning = review_date_warning(manifest, "2027-07-01");
    ASSERT_TRUE(warning);
    EXPECT_EQ(warning->to_string(),
              "pack.toml:10: warning: the review_by date 2027-06-30 has passed (today is 2027-07-01): check the "
              "content against its source and set a new date");
}

TEST(ReviewDate, WarnsWhenThePackSetsNone) {
    const auto warning = review_date_warning(Manifest{}, "2027-07-01");
    ASSERT_TRUE(warning);
    EXPECT_EQ(warning->severity, Severity::warning);
    EXPECT_NE(warning->message.find("no review_by date"), std::string::npos);
}

TEST(ReviewDate, TodayIsTheLocalCalendarDay) {
    const std::string today = local_iso_date(std::chrono::system_clock::now());
    ASSERT_EQ(today.size(), 10u);
    EXPECT_EQ(today[4], '-');
    EXPECT_EQ(today[7], '-');
}

}  // namespace
}  // namespace kiosk
