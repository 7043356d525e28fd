#include "screens/pack_screens.h"

#include <gtest/gtest.h>

#include <stdexcept>

#include "core/content/markdown_blocks.h"
#include "core/content/pack_loader.h"
#include "screens/category_screen.h"
#include "support/paths.h"

namespace kiosk {
namespace {

Pack loaded(const std::string& path) {
    PackLoadResult result = load_pack(path);
    if (!result.pack) throw std::runtime_error(path + " does not load");
    return std::move(*result.pack);
}

TEST(PackScreens, EveryScreenOfTheDefaultPackBuilds) {
    const Pack pack = loaded(testing::source_path("content/changyi"));
    const PackErrors problems = check_every_screen(pack, testing::strings_dir());
    EXPECT_TRUE(problems.empty()) << problems.at(0).to_string();
}

// Finding 1: what the loader lets through, the screens must build; a category that lists
// a topic its language lacks is an error of the pack, never a null reference on the kiosk.
TEST(PackScreens, ACategoryListingATopicItsLanguageLacksIsAnErrorNotACrash) {
    Pack pack = loaded(testing::fixture_path("mini-pack"));
    pack.locales.at("zh-Hans").categories.at(0).topic_ids.push_back("free-bus");
    const auto strings = UiStrings::open(testing::strings_dir(), "zh-Hans");
    ASSERT_TRUE(strings) << strings.error().to_string();
    EXPECT_THROW(build_category_screen({pack.locales.at("zh-Hans"), *strings}, "legal"), std::out_of_range);
    const PackErrors problems = check_every_screen(pack, testing::strings_dir());
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].to_string(),
              "zh-Hans/home.toml: error: the kiosk cannot show this language's screens: category legal lists topic "
              "free-bus, which it does not have");
}

// Finding 2: nesting is limited by a rule, not by the stack.
TEST(MarkdownBlocks, InlineNestingUpToTheLimitIsTextBeyondItAnError) {
    const auto nested = [](int depth) {
        return std::string(2 * depth, '*') + "x" + std::string(2 * depth, '*') + "\n";
    };
    PackErrors problems;
    const auto blocks = parse_markdown_blocks(nested(kMaxInlineNesting), "a.md", 1, problems);
    EXPECT_TRUE(problems.empty()) << problems.at(0).to_string();
    ASSERT_EQ(blocks.size(), 1u);
    EXPECT_EQ(blocks[0].text, "x");
    parse_markdown_blocks(nested(kMaxInlineNesting + 1), "a.md", 1, problems);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].where.line, 1);
    EXPECT_NE(problems[0].message.find("nested more than 32 deep"), std::string::npos);
}

}  // namespace
}  // namespace kiosk
