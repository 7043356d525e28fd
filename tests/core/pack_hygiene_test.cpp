// What `kiosk-pack check` and the kiosk refuse so that what one accepts the other shows
// correctly: topics no language has, markup nested without end, text that shows other
// than it is said, control characters, lines that cannot be broken, and names that an
// archive or another folder would read differently.

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "core/content/pack_loader.h"
#include "core/content/text_hygiene.h"
#include "support/paths.h"
#include "support/spoiled_pack.h"

namespace fs = std::filesystem;

namespace kiosk {
using testing::SpoiledPack;
namespace {

const std::string kRightToLeftOverride = "\xE2\x80\xAE";  // U+202E

// Finding 1: with allow_fallback, a topic that a language lists and no language has.
TEST(PackLoader, ATopicListedButInNoLanguageIsAnErrorEvenWithFallback) {
    const PackLoadResult result = load_pack(testing::fixture_path("ghost-topic-pack"));
    EXPECT_FALSE(result.pack);
    std::vector<std::string> errors;
    for (const auto& p : result.problems) {
        if (p.severity == Severity::error) errors.push_back(p.to_string());
    }
    ASSERT_EQ(errors.size(), 1u) << ::testing::PrintToString(errors);
    EXPECT_EQ(errors[0],
              "en/home.toml:12:36: error: topic 'free-bus' is listed but exists in no language: neither "
              "en/topics/free-bus.md nor zh-Hans/topics/free-bus.md");
}

// Finding 2: 100,000 '*', a letter, 100,000 '*' nest 50,000 emphases in one another.
TEST_F(SpoiledPack, EmphasisNestedWithoutEndIsAnErrorNotAStackOverflow) {
    const std::string stars(100000, '*');
    replace("zh-Hans/topics/hotlines.md", "所有居民。", "所有居民。\n\n{rule 三（四）1} " + stars + "x" + stars);
    const std::string error = only_error();
    EXPECT_EQ(error.rfind("zh-Hans/topics/hotlines.md:11:", 0), 0u) << error;
    EXPECT_NE(error.find("nested more than 32 deep"), std::string::npos) << error;
}

// Finding 10: bidi controls reorder what is shown, not what is said.
TEST_F(SpoiledPack, BidiControlInATitleIsRefusedWhereItIs) {
    replace("zh-Hans/home.toml", "title = \"法律援助\"", "title = \"法律" + kRightToLeftOverride + "援助\"");
    const std::string error = only_error();
    EXPECT_EQ(error.rfind("zh-Hans/home.toml:11:9: error: field 'title': bidirectional control U+202E", 0), 0u)
        << error;
}

TEST_F(SpoiledPack, BidiControlWrittenAsAnEscapeIsRefusedToo) {
    replace("zh-Hans/topics/hotlines.md", "title = \"服务热线\"", "title = \"服务\\u202E热线\"");
    EXPECT_NE(only_error().find("bidirectional control U+202E"), std::string::npos);
    replace("zh-Hans/topics/hotlines.md", "服务\\u202E热线", "服务热线");
    replace("zh-Hans/topics/hotlines.md", "直接拨打。", "直接拨打&#x202E;12385。");
    EXPECT_EQ(only_error().rfind("zh-Hans/topics/hotlines.md:18:1: error: bidirectional control U+202E", 0), 0u);
}

TEST_F(SpoiledPack, BidiControlInArticleTextIsRefusedWithoutARightToLeftLanguage) {
    replace("zh-Hans/topics/hotlines.md", "直接拨打。", "直接拨打" + kRightToLeftOverride + "12385。");
    EXPECT_EQ(only_error().rfind("zh-Hans/topics/hotlines.md:18:5: error: bidirectional control U+202E", 0), 0u);
}

TEST(TextHygiene, BidiControlsAreBodyTextOnlyInAPackWithARightToLeftLanguage) {
    EXPECT_TRUE(declares_right_to_left_locale({"zh-Hans", "ar"}));
    EXPECT_FALSE(declares_right_to_left_locale({"zh-Hans", "en", "ko"}));
    TextHygiene with_arabic("en", true);
    EXPECT_FALSE(with_arabic.check("a " + kRightToLeftOverride + "b", TextRole::body));
    EXPECT_TRUE(with_arabic.check("a " + kRightToLeftOverride + "b", TextRole::label));
    for (const char* control : {"\xE2\x80\xAA", "\xE2\x80\xAD", "\xE2\x81\xA6", "\xE2\x81\xA9"}) {
        EXPECT_TRUE(TextHygiene("en", false).check(std::string("a ") + control, TextRole::body)) << control;
    }
}

// Finding 13: control characters, written or escaped.
TEST_F(SpoiledPack, ControlCharactersAreRefusedWhereTheyAre) {
    replace("zh-Hans/topics/hotlines.md", "直接拨打。", "直接\x1b[2J拨打。");
    EXPECT_EQ(only_error(),
              "zh-Hans/topics/hotlines.md:18:3: error: control character U+001B in text; it would show as a "
              "box or cut the text short, so delete it");
    replace("zh-Hans/topics/hotlines.md", "\x1b[2J", std::string("\0", 1));
    EXPECT_EQ(only_error().rfind("zh-Hans/topics/hotlines.md:18:3: error: control character U+0000", 0), 0u);
    replace("zh-Hans/topics/hotlines.md", std::string("\0", 1), "\xC2\x85");  // U+0085, a C1 control
    EXPECT_EQ(only_error().rfind("zh-Hans/topics/hotlines.md:18:3: error: control character U+0085", 0), 0u);
}

TEST_F(SpoiledPack, EscapedControlCharactersAreRefusedToo) {
    replace("zh-Hans/home.toml", "title = \"法律援助\"", "title = \"法律\\u0007援助\"");
    EXPECT_EQ(only_error().rfind("zh-Hans/home.toml:11:9: error: field 'title': control character U+0007", 0), 0u);
    replace("zh-Hans/home.toml", "\\u0007", "");
    replace("zh-Hans/topics/hotlines.md", "直接拨打。", "直接&#x1b;拨打。");
    EXPECT_EQ(only_error().rfind("zh-Hans/topics/hotlines.md:18:1: error: control character U+001B", 0), 0u);
}

TEST(TextHygiene, EscapesShowControlAndBidiCharactersVisibly) {
    EXPECT_EQ(visible_escapes("a\x1b[2Jb\x07"), "a\\x1b[2Jb\\x07");
    EXPECT_EQ(visible_escapes(std::string("x\0y", 3)), "x\\x00y");
    EXPECT_EQ(visible_escapes("FREE " + kRightToLeftOverride + "TNEMYAP"), "FREE \\u202eTNEMYAP");
    EXPECT_EQ(visible_escapes("\xC2\x9B"
                              "31m"),
              "\\u009b31m");
    EXPECT_EQ(visible_escapes("a\\b 中文"), "a\\\\b 中文");
}

// Finding 11 (check side): runs that layout can only cut character by character.
TEST_F(SpoiledPack, ARunOfDigitsLongerThanTheLimitIsRefused) {
    replace("zh-Hans/topics/hotlines.md", "直接拨打。", "直接拨打 " + std::string(300000, '1') + "。");
    EXPECT_EQ(only_error(),
              "zh-Hans/topics/hotlines.md:18:6: error: 300001 characters with no place to break a line; at most " +
                  std::to_string(kMaxUnbreakableRun) + " fit the kiosk's layout in time, so add spaces or split it");
}

TEST_F(SpoiledPack, AMegabyteWordIsRefused) {
    replace("zh-Hans/topics/hotlines.md", "直接拨打。", "Call " + std::string(1000000, 'w') + " now.");
    EXPECT_EQ(only_error().rfind("zh-Hans/topics/hotlines.md:18:6: error: 1000000 characters with no place", 0), 0u);
}

TEST_F(SpoiledPack, ARunAtTheLimitIsAccepted) {
    replace("zh-Hans/topics/hotlines.md", "直接拨打。", "Call " + std::string(kMaxUnbreakableRun, '1') + " now.");
    const PackLoadResult result = load_pack(root_.string());
    EXPECT_TRUE(result.pack) << (result.problems.empty() ? "" : result.problems[0].to_string());
}

TEST(TextHygiene, KoreanWordsAreRunsAsTheKioskKeepsThemWhole) {
    std::string word;
    for (std::size_t i = 0; i <= kMaxUnbreakableRun; ++i) word += "가";
    EXPECT_TRUE(TextHygiene("ko", false).check(word, TextRole::body));
    EXPECT_FALSE(TextHygiene("zh-Hans", false).check(word, TextRole::body)) << "Chinese rules break between syllables";
}

// Finding 14: names that an archive, or a folder pack, would read otherwise.
TEST_F(SpoiledPack, ATopicIdStartingWithADotIsRefused) {
    replace("zh-Hans/home.toml", "\"hotlines\"]", "\".hotlines\"]");
    fs::rename(root_ / "zh-Hans/topics/hotlines.md", root_ / "zh-Hans/topics/.hotlines.md");
    EXPECT_EQ(only_error().rfind("zh-Hans/home.toml:12:24: error: topic id '.hotlines' is not valid", 0), 0u);
}

TEST_F(SpoiledPack, ATopicIdLeadingOutOfThePackIsRefusedAndNothingOutsideIsRead) {
    write("../outside-" + root_.filename().string() + ".md", read("zh-Hans/topics/hotlines.md"));
    replace("zh-Hans/home.toml", "\"hotlines\"]", "\"../../../outside-" + root_.filename().string() + "\"]");
    fs::remove(root_ / "zh-Hans/topics/hotlines.md");
    const std::string error = only_error();
    fs::remove(root_.parent_path() / ("outside-" + root_.filename().string() + ".md"));
    EXPECT_EQ(error.rfind("zh-Hans/home.toml:12:24: error: topic id '../../../outside-", 0), 0u) << error;
}

TEST_F(SpoiledPack, AFileNameWithAColonIsRefused) {
    write("zh-Hans/notes:draft.txt", "x");
    EXPECT_EQ(
        only_error().rfind("zh-Hans/notes:draft.txt: error: this file cannot be part of a pack: the character ':'", 0),
        0u);
}

TEST_F(SpoiledPack, AStaleContentsFileInAFolderIsRefused) {
    write("CONTENTS.toml", "[[file]]\npath = \"pack.toml\"\n");
    EXPECT_EQ(only_error(),
              "CONTENTS.toml: error: left over from a built archive; kiosk-pack build writes its own, so delete it");
}

TEST_F(SpoiledPack, ALocaleThatIsNoLanguageTagIsRefused) {
    replace("pack.toml", "locales = [\"zh-Hans\"]", "locales = [\"zh-Hans\", \"../x\"]");
    EXPECT_EQ(only_error().rfind("pack.toml:5:23: error: '../x' is not a language tag", 0), 0u);
}

}  // namespace
}  // namespace kiosk
