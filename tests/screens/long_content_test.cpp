// A topic with a paragraph of hundreds of kilobytes (a pack file may hold a megabyte):
// no input may wait on laying out or preparing all of it. The work an input does is
// counted in text measured, which is what layout costs, so these tests need no clock.

#include <gtest/gtest.h>

#include <limits>

#include "screens/kiosk.h"
#include "support/fake_measurer.h"
#include "support/fixture_pack.h"

namespace kiosk {
namespace {

constexpr Size kViewport{1920, 1080};
// What one input may measure: a few screens of text, however long the paragraph.
constexpr std::size_t kMostMeasuredPerInput = 96 * 1024;

class CountingMeasurer : public testing::FakeMeasurer {
public:
    int width(std::string_view utf8, const FontSpec& font) override {
        measured += utf8.size();
        return FakeMeasurer::width(utf8, font);
    }
    std::size_t measured = 0;
};

std::string long_paragraph(std::size_t bytes) {
    std::string text;
    for (int i = 0; text.size() < bytes; ++i) {
        text += "The district office helps residents apply for support, number " + std::to_string(i) + ". ";
    }
    return text;
}

class LongContent : public ::testing::Test {
protected:
    void SetUp() override {
        pack_ = testing::mini_pack();
        for (Block& block : pack_.locales.begin()->second.topics.at("legal-aid").blocks) {
            if (block.kind == BlockKind::paragraph) {
                block.text = paragraph_;
                block.claim.reset();  // the paragraph alone, without a claim label line above it
                break;
            }
        }
        kiosk_ = std::make_unique<Kiosk>(pack_, testing::ui_strings("zh-Hans"), measurer_,
                                         std::vector<LanguageChoice>{}, Preferences{.speech = true});
        kiosk_->start();
        kiosk_->frame(kViewport);
    }

    // One input and the frame after it, with the text it measured.
    std::size_t measured_by(const Input& input) {
        measurer_.measured = 0;
        last_ = kiosk_->handle(input);
        kiosk_->frame(kViewport);
        return measurer_.measured;
    }

    const Screen& screen() const { return kiosk_->stack().top().screen; }

    const std::string paragraph_ = long_paragraph(160 * 1024);
    CountingMeasurer measurer_;
    Pack pack_;
    std::unique_ptr<Kiosk> kiosk_;
    Reaction last_;
};

TEST_F(LongContent, OpeningAndMovingThroughAHugeParagraphMeasuresOnlyAFewScreensAtATime) {
    EXPECT_LT(measured_by(Command::activate), kMostMeasuredPerInput);
    EXPECT_LT(measured_by(Command::activate), kMostMeasuredPerInput) << "opening the topic";
    ASSERT_EQ(screen().kind, ScreenKind::topic);
    // The paragraph is there whole, in pieces no longer than an item may be.
    std::string shown;
    std::size_t first = screen().items.size(), last = 0;
    for (std::size_t i = 0; i < screen().items.size(); ++i) {
        const std::string& label = screen().items[i].label;
        if (label.find("The district office") == std::string::npos) continue;
        EXPECT_LE(label.size(), 2048u);
        first = std::min(first, i);
        last = i;
        shown += label;
    }
    EXPECT_EQ(shown, paragraph_);
    ASSERT_GT(last, first + 30);
    // Down through all of it, each step bounded.
    std::size_t worst = 0;
    while (kiosk_->stack().top().focus < last) worst = std::max(worst, measured_by(Command::next));
    EXPECT_LT(worst, kMostMeasuredPerInput);
    EXPECT_LT(measured_by(Command::say_all), kMostMeasuredPerInput);
    EXPECT_LT(measured_by(Command::home), kMostMeasuredPerInput);
}

TEST_F(LongContent, SayAllFollowedFarDownTheParagraphLaysOutOnlyWhatItShows) {
    measured_by(Command::activate);
    measured_by(Command::activate);
    measured_by(Command::next);
    measured_by(Command::say_all);
    // The resident listens on: say-all's focus follows to a piece far down the page.
    Utterance heard;
    heard.item = static_cast<int>(screen().items.size()) - 3;
    measurer_.measured = 0;
    kiosk_->follow_reading(heard);
    kiosk_->frame(kViewport);
    EXPECT_LT(measurer_.measured, kMostMeasuredPerInput) << "what lies between stays estimated";
    EXPECT_EQ(kiosk_->stack().top().focus, screen().items.size() - 3);
    const ScreenLayout& layout = *kiosk_->layout();
    EXPECT_FALSE(layout.items[screen().items.size() - 3].estimated) << "the focused item is laid out";
    EXPECT_TRUE(layout.items[screen().items.size() / 2].estimated);
    // Back from the settings, deep in the page: it is laid out afresh only around the focus.
    kiosk_->handle(Command::settings);
    kiosk_->frame(kViewport);
    kiosk_->handle(Command::back);
    EXPECT_LT(measured_by(Command::repeat), kMostMeasuredPerInput);
}

// Laid out a step at a time, the page ends up exactly as laid out whole.
TEST_F(LongContent, ALayoutMadeInStepsEqualsTheWholeLayout) {
    measured_by(Command::activate);
    measured_by(Command::activate);
    const Screen& topic = screen();
    LineBreaker breaker("zh-Hans");
    const LayoutMetrics metrics = metrics_for_text_size(100);
    ScreenLayout stepwise = layout_screen_until(topic, kViewport, measurer_, breaker, metrics, 0, 0, 0);
    std::size_t estimated = 0;
    for (const ItemBox& box : stepwise.items) estimated += box.estimated;
    EXPECT_GT(estimated, topic.items.size() / 2) << "a long page is not laid out at once";
    // Out of order, as a resident moves about: from the end, then the start, then all.
    for (std::size_t focus = topic.items.size(); focus-- > 0;) {
        if (focus % 5 == 0) extend_layout(stepwise, topic, measurer_, breaker, metrics, focus, 0, 0);
    }
    extend_layout(stepwise, topic, measurer_, breaker, metrics, 0, 0, std::numeric_limits<int>::max());
    const ScreenLayout whole = layout_screen(topic, kViewport, measurer_, breaker, metrics);
    ASSERT_EQ(stepwise.items.size(), whole.items.size());
    for (std::size_t i = 0; i < whole.items.size(); ++i) {
        EXPECT_EQ(stepwise.items[i].rect.y, whole.items[i].rect.y) << i;
        EXPECT_FALSE(stepwise.items[i].estimated) << i;
        EXPECT_EQ(stepwise.items[i].label.lines, whole.items[i].label.lines) << i;
    }
    EXPECT_EQ(stepwise.content_height, whole.content_height);
}

}  // namespace
}  // namespace kiosk
