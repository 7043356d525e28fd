#include "core/ui/frame_checks.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "core/ui/screen_painter.h"
#include "support/fake_measurer.h"

namespace kiosk {
namespace {

bool reported(const std::vector<FrameProblem>& problems, const std::string& what, const std::string& text) {
    return std::any_of(problems.begin(), problems.end(), [&](const FrameProblem& p) {
        return p.what.find(what) != std::string::npos && p.text.find(text) != std::string::npos;
    });
}

Screen overflowing_screen() {
    Screen screen;
    screen.title = "法律援助";
    screen.items.push_back(Item{.label = "正常的一段文字。", .spoken = "正常的一段文字。"});
    screen.items.push_back(Item{.label = "ID" + std::string(198, '7'), .spoken = "号码"});
    screen.items.push_back(Item{.label = "热线\xEE\x80\x80电话", .spoken = "热线电话"});  // U+E000
    screen.buttons.push_back(Item{.label = "返回", .spoken = "返回，按钮", .style = ItemStyle::button});
    return screen;
}

TEST(FrameChecks, ReportAWordCutForBeingWiderThanALineAndACharacterNoFontHas) {
    testing::FakeMeasurer measurer;
    LineBreaker breaker("zh-Hans");
    const Screen screen = overflowing_screen();
    const ScreenLayout layout = layout_screen(screen, {1920, 1080}, measurer, breaker);
    const std::vector<FrameProblem> problems = check_layout(screen, layout, measurer);

    EXPECT_TRUE(reported(problems, "word cut for being wider than a line", "ID777"));
    EXPECT_TRUE(reported(problems, "characters no font can draw (U+E000)", "热线"));
    EXPECT_FALSE(reported(problems, "", "正常的一段文字"));
}

TEST(FrameChecks, ReportTextWiderThanTheScreenAndCutByTheClip) {
    testing::FakeMeasurer measurer;
    ScreenLayout layout;
    layout.viewport = {1920, 1080};
    const FontSpec font{40};
    const DisplayList frame = {
        DrawText{48, 100, std::string(200, 'W'), font, {}},  // 4000 px wide on a 1920 px screen
        SetClip{Rect{0, 200, 1920, 600}},
        DrawText{48, 780, "cut at the bottom", font, {}},  // 60 px tall from 780: past 800
        DrawText{48, 300, "fits", font, {}},
        SetClip{},
    };

    const std::vector<FrameProblem> problems = check_display_list(layout, frame, measurer);

    EXPECT_TRUE(reported(problems, "text leaves the screen", "WWWW"));
    EXPECT_TRUE(reported(problems, "text cut by the edge of the scrolling area", "cut at the bottom"));
    EXPECT_FALSE(reported(problems, "", "fits"));
}

TEST(FrameChecks, TextTheClipHidesNeitherLeavesTheScreenNorOverlaps) {
    testing::FakeMeasurer measurer;
    ScreenLayout layout;
    layout.viewport = {1920, 1080};
    const FontSpec font{40};
    const DisplayList frame = {
        DrawText{48, 130, "header title", font, {}},  // 130 to 190: above the clip
        SetClip{Rect{0, 200, 1920, 600}},
        DrawText{48, -60, "scrolled away", font, {}},  // above the screen, and hidden by the clip
        DrawText{48, 170, "half hidden", font, {}},    // over the title, but only where the clip hides it
        SetClip{},
    };

    const std::vector<FrameProblem> problems = check_display_list(layout, frame, measurer);

    EXPECT_TRUE(reported(problems, "text cut by the edge of the scrolling area", "scrolled away"));
    EXPECT_TRUE(reported(problems, "text cut by the edge of the scrolling area", "half hidden"));
    EXPECT_FALSE(reported(problems, "text leaves the screen", ""));
    EXPECT_FALSE(reported(problems, "text lines overlap", ""));
}

TEST(FrameChecks, ReportTextLinesDrawnOverOneAnother) {
    testing::FakeMeasurer measurer;
    ScreenLayout layout;
    layout.viewport = {1920, 1080};
    const DisplayList frame = {DrawText{100, 100, "first line", FontSpec{40}, {}},
                               DrawText{120, 120, "second line", FontSpec{40}, {}},
                               DrawText{100, 160, "third line", FontSpec{40}, {}}};

    const std::vector<FrameProblem> problems = check_display_list(layout, frame, measurer);

    ASSERT_EQ(problems.size(), 2u);  // the second overlaps the first and the third; first and third only touch
    EXPECT_TRUE(reported(problems, "text lines overlap", "first line / second line"));
    EXPECT_TRUE(reported(problems, "text lines overlap", "second line / third line"));
}

TEST(FrameChecks, ReportAThemeColourPairBelowItsContrast) {
    Theme faint = builtin_themes().front();
    faint.name = "faint";
    faint.focus_ring = {0xF0, 0xF0, 0xF0};  // on a white page
    EXPECT_TRUE(reported(check_contrast(faint), "below 3.0:1 in theme faint", "focus ring against page"));
    for (const Theme& theme : builtin_themes())
        EXPECT_EQ(check_contrast(theme), std::vector<FrameProblem>{}) << theme.name;
}

TEST(FrameChecks, ReportTargetsOffTheScreenAndAHeaderThatLeavesNoRoom) {
    testing::FakeMeasurer measurer;
    LineBreaker breaker("zh-Hans");
    const Screen screen = overflowing_screen();
    ScreenLayout layout = layout_screen(screen, {1920, 1080}, measurer, breaker);
    ASSERT_FALSE(reported(check_layout(screen, layout, measurer), "leaves the screen", ""));
    layout.items[0].rect.x = layout.content.w - layout.items[0].rect.w / 2;
    layout.buttons[0].rect.y = layout.viewport.h - layout.buttons[0].rect.h / 2;
    layout.header.h = layout.footer.y + 1;
    layout.content.h = layout.viewport.h / 4 - 1;
    const std::vector<FrameProblem> problems = check_layout(screen, layout, measurer);

    EXPECT_TRUE(reported(problems, "target leaves the screen", "正常的一段文字"));
    EXPECT_TRUE(reported(problems, "target leaves the screen", "返回"));
    EXPECT_TRUE(reported(problems, "header runs into the footer", "法律援助"));
    EXPECT_TRUE(reported(problems, "too little room left for content", "法律援助"));
}

TEST(FrameChecks, AWellLaidOutScreenHasNoProblemsOnAnyPage) {
    testing::FakeMeasurer measurer;
    LineBreaker breaker("zh-Hans");
    Screen screen;
    screen.title = "困难残疾人生活补贴";
    for (int i = 0; i < 20; ++i) {
        screen.items.push_back(
            Item{.label = "这是一段比较长的正文，用来检查自动换行和滚动是否正确。", .spoken = "正文"});
    }
    screen.buttons.push_back(Item{.label = "返回", .spoken = "返回", .style = ItemStyle::button});
    const ScreenLayout layout = layout_screen(screen, {1280, 1024}, measurer, breaker, metrics_for_text_size(300));
    ASSERT_GT(layout.max_scroll(), 0);
    EXPECT_EQ(check_layout(screen, layout, measurer), std::vector<FrameProblem>{});
    for (const Theme& theme : builtin_themes()) {
        for (std::size_t focus = 0; focus < screen.items.size(); ++focus) {
            const int scroll = scroll_to_show(layout, focus, 0);
            const DisplayList frame = paint_screen(screen, layout, focus, scroll, theme);
            EXPECT_EQ(check_display_list(layout, frame, measurer), std::vector<FrameProblem>{}) << focus;
        }
    }
}

TEST(FrameChecks, ExcerptKeepsOneLineAndCutsLongText) {
    EXPECT_EQ(excerpt("指标：\n目标值"), "指标： 目标值");
    EXPECT_EQ(excerpt("一二三四五六", 3), "一二三\xE2\x80\xA6");
}

}  // namespace
}  // namespace kiosk
