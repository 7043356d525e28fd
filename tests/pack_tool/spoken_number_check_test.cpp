// kiosk-pack check warns where the kiosk would not read a number as words, so staff fix
// the text before a resident hears letters and symbols instead of a quantity.

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "support/mini_pack_test.h"
#include "support/paths.h"
#include "support/run_command.h"

namespace fs = std::filesystem;

namespace kiosk {
namespace {

class SpokenNumberCheck : public testing::MiniPackTest {};

// The fixture's legal-aid topic holds "120m²", which the kiosk reads (一百二十平方米),
// and "3ft", a unit it does not know (三ft): only the second is reported, where it stands.
constexpr const char* kWarning =
    "zh-Hans/topics/legal-aid.md:13:52: warning: '3ft' is not read as words: the kiosk would say '三ft'; write "
    "the unit, sign or symbol in words\n";

TEST_F(SpokenNumberCheck, WarnsWhereANumberWouldNotBeReadAsWords) {
    const std::string pack = testing::fixture_path("unread-number-pack");
    const auto result = tool("check " + pack);
    EXPECT_EQ(result.exit_code, 0) << "a warning does not fail the check\n" << result.out;
    EXPECT_EQ(result.out, pack + "/" + kWarning);
    EXPECT_NE(result.err.find("0 error(s), 1 warning(s)"), std::string::npos) << result.err;
    EXPECT_EQ(result.out.find("120m²"), std::string::npos) << "120m² is read as 一百二十平方米";
}

TEST_F(SpokenNumberCheck, WarnsInAPackArchiveToo) {
    const std::string archive = (dir_ / "unread.kpack").string();
    ASSERT_EQ(tool("build " + testing::fixture_path("unread-number-pack") + " -o " + archive).exit_code, 0);
    const auto result = tool("check " + archive);
    EXPECT_EQ(result.exit_code, 0) << result.out;
    EXPECT_EQ(result.out, kWarning);
}

TEST_F(SpokenNumberCheck, WarnsOnFrontMatterAndHomeTextsToo) {
    const fs::path pack = pack_;  // the fixture's own copy of the mini pack
    std::string topic = testing::slurp(pack / "zh-Hans/topics/hotlines.md");
    topic.replace(topic.find("两条热线"), std::string("两条热线").size(), "每天24h，两条热线，门宽3ft");
    std::ofstream(pack / "zh-Hans/topics/hotlines.md", std::ios::trunc) << topic;
    std::string home = testing::slurp(pack / "zh-Hans/home.toml");
    home.replace(home.find("规划目标"), std::string("规划目标").size(), "规划目标（5yr）");
    std::ofstream(pack / "zh-Hans/home.toml", std::ios::trunc) << home;
    const auto result = tool("check " + pack.string());
    EXPECT_EQ(result.exit_code, 0) << result.out;
    EXPECT_EQ(result.out, pack.string() +
                              "/zh-Hans/home.toml:16:15: warning: '5yr' is not read as words: the kiosk would say "
                              "'五yr'; write the unit, sign or symbol in words\n" +
                              pack.string() +
                              "/zh-Hans/topics/hotlines.md:3:25: warning: '3ft' is not read as words: the kiosk would "
                              "say '三ft'; write the unit, sign or symbol in words\n")
        << "24h is read as 二十四小时; a category title is found in home.toml, a summary in the front matter";
}

TEST_F(SpokenNumberCheck, DefaultPackHasNoNumberTheKioskCannotRead) {
    const auto result = tool("check " + testing::source_path("content/changyi"));
    EXPECT_EQ(result.out.find("is not read as words"), std::string::npos) << result.out;
    EXPECT_NE(result.err.find("0 warning(s)"), std::string::npos) << result.err;
}

}  // namespace
}  // namespace kiosk
