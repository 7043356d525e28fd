// kiosk-pack braille-label: the pack's braille instructions as a label for the keypad, in
// Unicode braille for a sign maker and as a BRF file for an embosser, from the same
// liblouis tables as the kiosk's braille display; and the pack checks that keep a label
// from holding escape codes.

#include <gtest/gtest.h>

#include <algorithm>

#include "support/mini_pack_test.h"

namespace kiosk {
namespace {

// The mini pack's instructions, "按键开始播报。", in national common braille, as
// liblouis's own lou_translate gives them with zhcn-cbs.ctb; and the same cells in braille
// ASCII.
constexpr const char* kInstructionsInBraille = "⠧⠛⠩⠅⠪⠁⠱⠄⠃⠢⠁⠃⠖⠐⠆";
constexpr const char* kInstructionsInBrailleAscii = "VG%K[A:'B5AB6\"2";

class BrailleLabel : public testing::MiniPackTest {};

TEST_F(BrailleLabel, WritesTheInstructionsAsUnicodeBraille) {
    const auto result = tool("braille-label " + pack_.string() + " --format text");
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(result.out, std::string(kInstructionsInBraille) + "\n");
}

TEST_F(BrailleLabel, WritesABrfFileForAnEmbosserWhole) {
    const auto result = tool("braille-label " + pack_.string() + " -o " + (dir_ / "label.brf").string());
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(testing::slurp(dir_ / "label.brf"), std::string(kInstructionsInBrailleAscii) + "\r\n");
    EXPECT_NE(result.err.find("1 page(s) of braille in 1 language(s)"), std::string::npos) << result.err;
}

TEST_F(BrailleLabel, BreaksLinesAtTheCellsAsked) {
    const auto result = tool("braille-label " + pack_.string() + " --format brf --cells 10");
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(result.out, "VG%K[A:'B5\r\nAB6\"2\r\n") << "a Chinese text has no blanks to break at";
}

TEST_F(BrailleLabel, EachParagraphBeginsALine) {
    replace("zh-Hans/home.toml", "[\"按键开始播报。\"]", "[\"按键\", \"开始播报。\"]");
    const auto result = tool("braille-label " + pack_.string() + " --format text");
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(std::count(result.out.begin(), result.out.end(), '\n'), 2) << result.out;
}

TEST_F(BrailleLabel, ALanguageWithoutInstructionsIsAnErrorAndCheckWarnsOfIt) {
    replace("zh-Hans/home.toml", "[braille]\ninstructions = [\"按键开始播报。\"]\n", "");
    const auto label = tool("braille-label " + pack_.string() + " -o " + (dir_ / "label.brf").string());
    EXPECT_EQ(label.exit_code, 1);
    EXPECT_NE(label.err.find("zh-Hans/home.toml: error: no [braille] instructions"), std::string::npos) << label.err;
    EXPECT_FALSE(std::filesystem::exists(dir_ / "label.brf"));
    const auto checked = check();
    EXPECT_EQ(checked.exit_code, 0) << checked.out;
    EXPECT_NE(checked.out.find("zh-Hans/home.toml:1:1: warning: no [braille] instructions"), std::string::npos)
        << checked.out;
}

TEST_F(BrailleLabel, ACharacterWithoutBrailleIsAnErrorAtItsLine) {
    replace("zh-Hans/home.toml", "按键", "按键😀");
    const auto label = tool("braille-label " + pack_.string());
    EXPECT_EQ(label.exit_code, 1);
    EXPECT_NE(label.err.find("zh-Hans/home.toml:20:"), std::string::npos) << label.err;
    EXPECT_NE(label.err.find("U+1F600 '😀' has no braille in zhcn-cbs.ctb"), std::string::npos) << label.err;
    const auto checked = check();
    EXPECT_EQ(checked.exit_code, 1);
    EXPECT_NE(checked.out.find("has no braille in zhcn-cbs.ctb"), std::string::npos) << checked.out;
}

TEST_F(BrailleLabel, ALanguageThePackLacksIsRefused) {
    const auto result = tool("braille-label " + pack_.string() + " --locale ko");
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_NE(result.err.find("the pack has no language 'ko'"), std::string::npos) << result.err;
}

TEST_F(BrailleLabel, TheDefaultPackHasALabelInEachLanguageEachFromANewPage) {
    const auto result = testing::run_command(
        std::string(KIOSK_PACK_BINARY) + " braille-label " + testing::source_path("content/changyi") + " --format brf",
        dir_);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(std::count(result.out.begin(), result.out.end(), '\f'), 2) << "zh-Hans, en and ko";
    // UEB: the capital sign (dot 6, ',') before "talking".
    EXPECT_NE(result.out.find(",TALKING INFORMATION KIOSK4"), std::string::npos) << result.out;
}

}  // namespace
}  // namespace kiosk
