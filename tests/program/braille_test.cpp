// Braille in the real kiosk, with BRLTTY started by the test and its virtual driver as the
// display: after the first key wakes the kiosk, Enter opens the first category and Down
// moves to its second topic, whose title the display then shows, in national common
// braille for zh-Hans, UEB for en and Korean braille for ko. The cells are read back from
// BRLTTY and matched against the braille of every topic title in the pack; the speech log
// says which topic had the focus.

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>

#include "platform/louis_translator.h"
#include "support/kiosk_program.h"
#include "support/virtual_braille_display.h"

namespace kiosk {
namespace {

using nlohmann::json;
using testing::slurp;
using testing::VirtualBrailleDisplay;

constexpr std::size_t kCells = 40;

// Every topic title of the default pack in `locale`, and its braille as the display shows
// it: the first kCells cells, blanks after.
std::map<VirtualBrailleDisplay::Cells, std::string> titles_in_braille(const std::string& locale) {
    const std::filesystem::path topics =
        std::filesystem::path(KIOSK_SOURCE_DIR) / "content/changyi" / locale / "topics";
    const std::regex title_line(R"re(^title = "(.*)"$)re");
    LouisTranslator translator;
    std::map<VirtualBrailleDisplay::Cells, std::string> titles;
    for (const auto& file : std::filesystem::directory_iterator(topics)) {
        std::ifstream in(file.path());
        for (std::string line; std::getline(in, line);) {
            std::smatch title;
            if (!std::regex_match(line, title, title_line)) continue;
            const auto braille = translator.translate(title[1].str(), locale);
            EXPECT_TRUE(braille) << braille.error().to_string();
            if (!braille) break;
            VirtualBrailleDisplay::Cells cells(kCells, 0);
            std::copy_n(braille->dots.begin(), std::min(kCells, braille->dots.size()), cells.begin());
            titles.emplace(cells, title[1].str());
            break;
        }
    }
    return titles;
}

class Braille : public testing::KioskProgram, public ::testing::WithParamInterface<const char*> {};

TEST_P(Braille, DownShowsTheFocusedTopicsTitleOnTheDisplay) {
    const std::string locale = GetParam();
    const auto titles = titles_in_braille(locale);
    ASSERT_GT(titles.size(), 10u);
    VirtualBrailleDisplay display(dir_ / "brltty", kCells);
    const std::filesystem::path read = dir_ / "cells-read";
    const auto script = write_script("await braille: connected to BRLTTY\nkey Down\nkey Return\nkey Down\nawait-path " +
                                     read.string() + "\nquit\n");
    const pid_t kiosk = start("--locale " + locale + " --braille on --braille-host " + display.host() +
                              " --speech-log " + (dir_ / "speech.jsonl").string() + " --script " + script.string());

    std::string shown_title;
    const bool shown = display.wait_until([&](const VirtualBrailleDisplay::Cells& cells) {
        const auto title = titles.find(cells);
        if (title == titles.end()) return false;
        shown_title = title->second;
        return true;
    });
    std::ofstream(read) << "done\n";
    ASSERT_EQ(wait_for_exit(kiosk), 0) << slurp(dir_ / "stderr.txt");
    ASSERT_TRUE(shown) << "no topic title in " << locale << " braille on the display\n" << slurp(dir_ / "speech.jsonl");

    std::string focused;  // what the kiosk said last: the item Down moved to
    for (const json& event : read_log()) {
        if (event["event"] == "speak") focused = event["display"].get<std::string>();
    }
    EXPECT_EQ(shown_title, focused) << "the display shows the focused topic";
}

INSTANTIATE_TEST_SUITE_P(EachLanguage, Braille, ::testing::Values("zh-Hans", "en", "ko"), [](const auto& parameter) {
    return std::string(parameter.param) == "zh-Hans" ? "zh" : parameter.param;
});

}  // namespace
}  // namespace kiosk
