// Input needs no frame: once the kiosk knows its viewport, taps hit items and Down reads
// on through a tall item with nothing drawn, the focus is scrolled into view when it
// moves, and a frame only paints.

#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "screens/kiosk.h"
#include "support/fake_measurer.h"
#include "support/fixture_pack.h"

namespace kiosk {
namespace {

// A display list as text, so two can be compared and a difference read.
std::string described(const DisplayList& list) {
    std::ostringstream out;
    auto rect = [&](const Rect& r) { out << r.x << ',' << r.y << ',' << r.w << ',' << r.h; };
    auto color = [&](const Color& c) { out << ' ' << int{c.r} << ',' << int{c.g} << ',' << int{c.b}; };
    for (const DrawCommand& command : list) {
        if (const auto* fill = std::get_if<FillRect>(&command)) {
            out << "fill ";
            rect(fill->rect);
            color(fill->color);
        } else if (const auto* outline = std::get_if<Outline>(&command)) {
            out << "outline " << outline->thickness << ' ';
            rect(outline->rect);
            color(outline->color);
        } else if (const auto* text = std::get_if<DrawText>(&command)) {
            out << "text " << text->x << ',' << text->y << ' ' << text->font.px << ' ' << text->utf8;
            color(text->color);
        } else if (const auto* clip = std::get_if<SetClip>(&command)) {
            out << "clip ";
            if (clip->rect) rect(*clip->rect);
        }
        out << '\n';
    }
    return out.str();
}

class KioskWithoutFrames : public ::testing::Test {
protected:
    void make_kiosk(Preferences preferences) {
        kiosk_ = std::make_unique<Kiosk>(pack_, testing::ui_strings("zh-Hans"), measurer_,
                                         std::vector<LanguageChoice>{}, preferences);
        kiosk_->start();
    }
    // The goals table: at 300% on this viewport each of its rows is taller than the page.
    void open_goals_table() {
        kiosk_->handle(Command::next);
        kiosk_->handle(Command::activate);
        kiosk_->handle(Command::activate);
        ASSERT_EQ(screen().title, "主要指标");
    }
    const Screen& screen() const { return kiosk_->stack().top().screen; }
    const ScreenStack::Entry& top() const { return kiosk_->stack().top(); }
    Rect on_screen(std::size_t index) const { return kiosk_->layout()->on_screen(index, top().scroll); }

    static constexpr Size kViewport{1280, 1024};
    Pack pack_ = testing::mini_pack();
    testing::FakeMeasurer measurer_;
    std::unique_ptr<Kiosk> kiosk_;
};

TEST_F(KioskWithoutFrames, ATapHitsNothingUntilTheViewportIsKnown) {
    make_kiosk(Preferences{.speech = true});
    EXPECT_FALSE(kiosk_->layout());
    const Reaction reaction = kiosk_->handle(Tap{kViewport.w / 2, kViewport.h / 2});
    EXPECT_TRUE(reaction.speech.empty());
    EXPECT_EQ(top().focus, 0u);
}

TEST_F(KioskWithoutFrames, ATapAfterSetViewportSelectsTheItemUnderIt) {
    make_kiosk(Preferences{.speech = true});
    kiosk_->set_viewport(kViewport);
    ASSERT_TRUE(kiosk_->layout());
    const Rect second = on_screen(1);
    Reaction reaction = kiosk_->handle(Tap{second.x + second.w / 2, second.y + second.h / 2});
    EXPECT_EQ(top().focus, 1u);
    ASSERT_FALSE(reaction.speech.empty());
    EXPECT_EQ(reaction.speech[0].utterance.text, "规划目标，类别，一项，第二项，共两项");
    reaction = kiosk_->handle(Tap{second.x + second.w / 2, second.y + second.h / 2});
    EXPECT_EQ(screen().kind, ScreenKind::category) << "the second tap confirms";
}

// The shell gives each new Kiosk the window's size before it opens its first screen.
TEST_F(KioskWithoutFrames, AViewportGivenBeforeTheFirstScreenIsUsedOnceItOpens) {
    kiosk_ = std::make_unique<Kiosk>(pack_, testing::ui_strings("zh-Hans"), measurer_, std::vector<LanguageChoice>{},
                                     Preferences{.speech = true});
    kiosk_->set_viewport(kViewport);
    EXPECT_FALSE(kiosk_->layout()) << "no screen yet, so nothing to lay out";
    kiosk_->start();
    ASSERT_TRUE(kiosk_->layout());
    const Rect second = on_screen(1);
    kiosk_->handle(Tap{second.x + second.w / 2, second.y + second.h / 2});
    EXPECT_EQ(top().focus, 1u);
}

TEST_F(KioskWithoutFrames, DownReadsOnThroughATallItemWithNoFrameDrawn) {
    make_kiosk(Preferences{.text_size = 300, .speech = true});
    kiosk_->set_viewport(kViewport);
    open_goals_table();
    int pages = 0;
    const std::size_t last = screen().items.size() - 1;
    for (int presses = 0; top().focus < last && presses < 40; ++presses) {
        const std::size_t focus = top().focus;
        const int before = top().scroll;
        const Reaction reaction = kiosk_->handle(Command::next);
        if (top().focus != focus) continue;
        ++pages;
        EXPECT_GT(top().scroll, before);
        const std::string& label = screen().items[focus].label;
        const std::string& rest = reaction.speech.at(0).utterance.display;
        EXPECT_EQ(label.substr(label.size() - rest.size()), rest) << "says the rest of the item";
    }
    EXPECT_GE(pages, 2) << "both table rows are taller than the page at 300%";
    EXPECT_EQ(top().focus, last);
}

// Scrolling is decided when the focus moves, so a frame drawn after finds it in view and
// changes nothing: two frames in a row are the same.
TEST_F(KioskWithoutFrames, TheFocusIsInViewAsSoonAsItMovesAndAFrameOnlyPaints) {
    make_kiosk(Preferences{.text_size = 300, .speech = true});
    kiosk_->set_viewport(kViewport);
    kiosk_->handle(Command::activate);
    kiosk_->handle(Command::activate);
    ASSERT_EQ(screen().kind, ScreenKind::topic);
    bool scrolled = false;
    while (kiosk_->handle(Command::next).earcon != Earcon::edge) {
        const Rect focused = on_screen(top().focus);
        const Rect content = kiosk_->layout()->content;
        if (top().focus < screen().items.size()) {
            EXPECT_TRUE(focused.intersects(content)) << "item " << top().focus << " out of view";
        }
        scrolled |= top().scroll > 0;
        const int scroll = top().scroll;
        const std::string first = described(kiosk_->frame(kViewport));
        EXPECT_EQ(top().scroll, scroll) << "a frame does not scroll";
        EXPECT_EQ(described(kiosk_->frame(kViewport)), first);
    }
    EXPECT_TRUE(scrolled) << "the page is longer than the screen at 300%";
}

}  // namespace
}  // namespace kiosk
