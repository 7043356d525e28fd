// Say-all underlines the sentence it reads, line by line, also on lines that end with a
// hyphen the line breaker added inside a word; and it reads a paragraph of any length a
// few bounded utterances at a time.

#include <gtest/gtest.h>

#include "core/text/sentences.h"

#include "core/content/pack_loader.h"
#include "screens/kiosk.h"
#include "support/fake_measurer.h"
#include "support/paths.h"

namespace kiosk {
namespace {

constexpr Size kViewport{1920, 1080};
const std::string kLongWord = "Pneumonoultramicroscopicsilicovolcanoconiosis";
const std::string kParagraph = kLongWord + " is a disease of the lungs. Rehabilitation helps.";

// The test pack's Chinese content, as English, with one paragraph whose first word is
// wider than a line at 300%.
Pack english_pack() {
    PackLoadResult loaded = load_pack(testing::fixture_path("mini-pack"));
    EXPECT_TRUE(loaded.pack);
    Pack pack = loaded.pack ? std::move(*loaded.pack) : Pack{};
    LocaleContent english = pack.locales.begin()->second;
    english.locale = "en";
    for (Block& block : english.topics.at("legal-aid").blocks) {
        if (!block.text.starts_with("免费的法律咨询")) continue;
        block.text = kParagraph;
        block.claim.reset();
    }
    pack.locales["en"] = english;
    pack.manifest.locales.push_back("en");
    return pack;
}

std::vector<Rect> underlines(const DisplayList& list, const Theme& theme) {
    std::vector<Rect> found;
    for (const auto& command : list) {
        const auto* fill = std::get_if<FillRect>(&command);
        if (fill != nullptr && fill->color == theme.focus_text && fill->rect.h < 10) found.push_back(fill->rect);
    }
    return found;
}

TEST(SayAllUnderline, FollowsTheTextAcrossHyphenatedLines) {
    const Pack pack = english_pack();
    auto strings = UiStrings::open(testing::strings_dir(), "en");
    ASSERT_TRUE(strings) << strings.error().to_string();
    testing::FakeMeasurer measurer;
    Kiosk kiosk(pack, std::move(*strings), measurer, {}, Preferences{.text_size = 300, .speech = true});
    kiosk.start();
    kiosk.frame(kViewport);
    kiosk.handle(Command::activate);
    kiosk.handle(Command::activate);  // the legal aid topic
    const auto& items = kiosk.stack().top().screen.items;
    std::size_t paragraph = 0;
    while (paragraph < items.size() && items[paragraph].label != kParagraph) ++paragraph;
    ASSERT_LT(paragraph, items.size());
    while (kiosk.stack().top().focus < paragraph) kiosk.handle(Command::next);
    kiosk.frame(kViewport);

    const TextBox& label = kiosk.layout()->items[paragraph].label;
    ASSERT_GE(label.lines.size(), 3u);
    ASSERT_TRUE(label.lines[0].ends_with("-")) << label.lines[0];
    EXPECT_EQ(label.forced_breaks, 0);

    const Reaction reading = kiosk.handle(Command::say_all);
    ASSERT_GE(reading.speech.size(), 2u);
    const Theme theme = *find_theme("standard");
    // The first sentence: every line it is on, the hyphenated ones too.
    kiosk.follow_reading(reading.speech[0].utterance);
    ASSERT_EQ(kiosk.stack().top().focus, paragraph);
    std::size_t first_sentence_lines = 0;
    for (const auto& line : label.lines) {
        ++first_sentence_lines;
        if (line.find("lungs.") != std::string::npos) break;
    }
    EXPECT_EQ(underlines(kiosk.frame(kViewport), theme).size(), first_sentence_lines);
    // The second sentence, after the hyphenated word, is found on its own line.
    kiosk.follow_reading(reading.speech[1].utterance);
    const std::vector<Rect> second = underlines(kiosk.frame(kViewport), theme);
    ASSERT_FALSE(second.empty());
    const Rect item = kiosk.layout()->on_screen(paragraph, kiosk.stack().top().scroll);
    std::size_t line_of_second = 0;
    while (label.lines[line_of_second].find("Rehabilitation") == std::string::npos) ++line_of_second;
    const int line_top =
        item.y + kiosk.layout()->items[paragraph].padding + static_cast<int>(line_of_second) * label.line_height;
    EXPECT_GE(second.front().y, line_top) << ::testing::PrintToString(label.lines);
    EXPECT_LT(second.front().y, line_top + label.line_height);
    EXPECT_EQ(second.front().w, measurer.width("Rehabilitation helps.", label.font));
}

// Sentences of ordinary words, and one run-on stretch with no sentence end at all.
std::string long_paragraph(std::size_t bytes) {
    std::string text;
    for (int i = 0; text.size() < bytes / 2; ++i)
        text += "The office helps residents apply for support number " + std::to_string(i) + ". ";
    while (text.size() < bytes) text += "and then more words with no end ";
    return text + "in sight.";
}

TEST(SayAllBounded, AHugeParagraphIsReadAFewBoundedUtterancesAtATimeInOrder) {
    Pack pack = english_pack();
    const std::string huge = long_paragraph(200 * 1024);
    for (Block& block : pack.locales["en"].topics.at("legal-aid").blocks) {
        if (block.text == kParagraph) block.text = huge;
    }
    auto strings = UiStrings::open(testing::strings_dir(), "en");
    ASSERT_TRUE(strings) << strings.error().to_string();
    testing::FakeMeasurer measurer;
    Kiosk kiosk(pack, std::move(*strings), measurer, {}, Preferences{.speech = true});
    kiosk.start();
    kiosk.frame(kViewport);
    kiosk.handle(Command::activate);
    kiosk.handle(Command::activate);  // the legal aid topic
    // The paragraph is shown in pieces, each an item of its own.
    const auto& items = kiosk.stack().top().screen.items;
    auto is_piece = [&](int index) {
        return index >= 0 && huge.find(items[static_cast<std::size_t>(index)].label) != std::string::npos;
    };
    std::size_t paragraph = 0;
    while (paragraph < items.size() && !is_piece(static_cast<int>(paragraph))) ++paragraph;
    ASSERT_LT(paragraph, items.size());
    while (kiosk.stack().top().focus < paragraph) kiosk.handle(Command::next);

    Reaction step = kiosk.handle(Command::say_all);
    std::string read;  // the paragraph's text as said-all, piece after piece
    std::string piece_read;
    int piece = -1;
    std::size_t steps = 0;
    for (; !step.speech.empty(); step = kiosk.continue_reading(), ++steps) {
        ASSERT_LE(step.speech.size(), 3u) << "never more than a few utterances ahead";
        for (const SpeechRequest& request : step.speech) {
            ASSERT_LE(request.utterance.display.size(), kSentenceWindow);
            if (!is_piece(request.utterance.item)) continue;
            if (request.utterance.item != piece) piece_read.clear();
            piece = request.utterance.item;
            EXPECT_EQ(static_cast<std::size_t>(request.utterance.sentence_begin), piece_read.size());
            piece_read += request.utterance.display;
            read += request.utterance.display;
        }
    }
    EXPECT_EQ(read, huge) << "every piece, in order, nothing twice";
    EXPECT_GT(steps, huge.size() / (3 * kSentenceWindow));
}

}  // namespace
}  // namespace kiosk
