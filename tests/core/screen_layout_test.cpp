#include "core/ui/screen_layout.h"

#include <gtest/gtest.h>

#include "core/ui/frame_checks.h"
#include "support/fake_measurer.h"

namespace kiosk {
namespace {

Screen tiles_screen(int count) {
    Screen screen;
    screen.title = "昌邑区残疾人服务指南";
    screen.subtitle = "依据规划整理";
    for (int i = 0; i < count; ++i) {
        screen.items.push_back(
            Item{.label = "生活保障与补贴" + std::to_string(i), .detail = "6项", .style = ItemStyle::tile});
    }
    screen.buttons = {Item{.label = "返回", .style = ItemStyle::button},
                      Item{.label = "首页", .style = ItemStyle::button},
                      Item{.label = "帮助", .style = ItemStyle::button}};
    return screen;
}

Screen article_screen() {
    Screen screen;
    screen.title = "困难残疾人生活补贴";
    screen.items.push_back(
        Item{.label = "困难残疾人每月可以领取生活补贴，标准会随经济发展逐步提高。", .style = ItemStyle::summary});
    for (int i = 0; i < 30; ++i) {
        screen.items.push_back(Item{.label = "这是一段比较长的正文，用来检查自动换行和滚动是否正确，每段都能完整显示。",
                                    .style = i % 5 == 0 ? ItemStyle::heading : ItemStyle::body});
    }
    screen.buttons = tiles_screen(0).buttons;
    return screen;
}

const Size kShapes[] = {{1920, 1080}, {1280, 1024}, {1080, 1920}};

TEST(ScreenLayout, HomeTilesFitEveryScreenShapeWithoutOverlap) {
    testing::FakeMeasurer measurer;
    LineBreaker breaker("zh-Hans");
    for (Size size : kShapes) {
        const Screen screen = tiles_screen(9);
        const ScreenLayout layout = layout_screen(screen, size, measurer, breaker);
        EXPECT_EQ(check_layout(screen, layout, measurer), std::vector<FrameProblem>{}) << size.w << "x" << size.h;
    }
}

TEST(ScreenLayout, ColumnsFollowTheScreenWidth) {
    testing::FakeMeasurer measurer;
    LineBreaker breaker("zh-Hans");
    auto columns = [&](Size size) {
        const ScreenLayout layout = layout_screen(tiles_screen(9), size, measurer, breaker);
        int n = 0;
        for (const auto& item : layout.items) n += item.rect.y == layout.items.front().rect.y;
        return n;
    };
    EXPECT_EQ(columns({1920, 1080}), 3);
    EXPECT_EQ(columns({1280, 1024}), 2);
    EXPECT_EQ(columns({1080, 1920}), 1);
}

TEST(ScreenLayout, BodyTextIsAtLeast40PixelsAt1080AndHeadingsLarger) {
    testing::FakeMeasurer measurer;
    LineBreaker breaker("zh-Hans");
    const ScreenLayout layout = layout_screen(article_screen(), {1920, 1080}, measurer, breaker);
    EXPECT_GE(layout.items[2].label.font.px, 40);
    EXPECT_GT(layout.items[1].label.font.px, layout.items[2].label.font.px);
    EXPECT_GT(layout.title.font.px, layout.items[1].label.font.px);
}

TEST(ScreenLayout, TouchTargetsAreLargeAtEveryShape) {
    testing::FakeMeasurer measurer;
    LineBreaker breaker("zh-Hans");
    for (Size size : kShapes) {
        const ScreenLayout layout = layout_screen(tiles_screen(9), size, measurer, breaker);
        const int minimum = static_cast<int>(96 * layout.scale);
        for (const auto& box : layout.items) EXPECT_GE(std::min(box.rect.w, box.rect.h), minimum);
        for (const auto& box : layout.buttons) EXPECT_GE(std::min(box.rect.w, box.rect.h), minimum);
    }
}

TEST(ScreenLayout, ScrollingKeepsTheFocusedItemInView) {
    testing::FakeMeasurer measurer;
    LineBreaker breaker("zh-Hans");
    const ScreenLayout layout = layout_screen(article_screen(), {1280, 1024}, measurer, breaker);
    ASSERT_GT(layout.max_scroll(), 0) << "the article must be longer than the screen for this test";
    int scroll = 0;
    for (std::size_t focus = 0; focus < layout.items.size(); ++focus) {
        scroll = scroll_to_show(layout, focus, scroll);
        const Rect on_screen = layout.on_screen(focus, scroll);
        EXPECT_GE(on_screen.y, layout.content.y) << "item " << focus;
        EXPECT_LE(on_screen.bottom(), layout.content.bottom()) << "item " << focus;
        bool starts_at_a_row = scroll == 0;
        for (const auto& item : layout.items)
            starts_at_a_row = starts_at_a_row || item.rect.y - layout.item_gap == scroll;
        EXPECT_TRUE(starts_at_a_row) << "scroll " << scroll << " cuts the top item at focus " << focus;
    }
    EXPECT_EQ(scroll_to_show(layout, 0, scroll), 0);
}

TEST(ScreenLayout, LayoutChecksCatchOverflow) {
    // The checks themselves must be able to fail: a 200-character token in a narrow
    // layout with a measurer that lies about widths would overflow.
    testing::FakeMeasurer measurer;
    LineBreaker breaker("en");
    Screen screen = article_screen();
    ScreenLayout layout = layout_screen(screen, {1280, 1024}, measurer, breaker);
    layout.items[3].label.lines.push_back(std::string(200, 'x'));
    layout.items[4].rect.y = layout.items[3].rect.y;
    const auto problems = check_layout(screen, layout, measurer);
    ASSERT_EQ(problems.size(), 3u) << ::testing::PrintToString(problems);
    EXPECT_EQ(problems[0].what, "line wider than its box");
    EXPECT_EQ(problems[0].text.rfind("xxx", 0), 0u);
    EXPECT_EQ(problems[1], (FrameProblem{"text taller than its box", excerpt(screen.items[3].label)}));
    EXPECT_EQ(problems[2].what, "targets overlap");
    EXPECT_EQ(problems[2].text.rfind(excerpt(screen.items[3].label) + " / ", 0), 0u) << problems[2].text;
}

}  // namespace
}  // namespace kiosk

namespace kiosk {
namespace {

TEST(TextSizes, ReflowWithoutProblemsOnEveryShapeUpTo300Percent) {
    testing::FakeMeasurer measurer;
    LineBreaker breaker("zh-Hans");
    for (int percent : kTextSizes) {
        const LayoutMetrics metrics = metrics_for_text_size(percent);
        for (Size shape : kShapes) {
            for (const Screen& screen : {tiles_screen(9), article_screen()}) {
                const ScreenLayout layout = layout_screen(screen, shape, measurer, breaker, metrics);
                EXPECT_EQ(check_layout(screen, layout, measurer), std::vector<FrameProblem>{})
                    << percent << "% at " << shape.w << "x" << shape.h;
            }
        }
    }
}

TEST(TextSizes, BodyGrowsFrom40To120AndTilesFallToOneColumn) {
    EXPECT_EQ(metrics_for_text_size(100).body_px, 40);
    EXPECT_EQ(metrics_for_text_size(300).body_px, 120);
    EXPECT_EQ(metrics_for_text_size(300).title_px, 3 * metrics_for_text_size(100).title_px / 2);
    testing::FakeMeasurer measurer;
    LineBreaker breaker("zh-Hans");
    const Size wide{1920, 1080};
    auto columns = [&](int percent) {
        const ScreenLayout layout =
            layout_screen(tiles_screen(9), wide, measurer, breaker, metrics_for_text_size(percent));
        int count = 0;
        for (const auto& item : layout.items) count += item.rect.y == layout.items[0].rect.y ? 1 : 0;
        return count;
    };
    EXPECT_EQ(columns(100), 3);
    EXPECT_EQ(columns(150), 2);
    EXPECT_EQ(columns(300), 1);
}

TEST(TextSizes, EveryTextItemIsATouchTargetOfAtLeast96Units) {
    testing::FakeMeasurer measurer;
    LineBreaker breaker("zh-Hans");
    Screen screen = article_screen();
    screen.items.push_back(Item{.label = "出处", .style = ItemStyle::source});
    const ScreenLayout layout = layout_screen(screen, {1920, 1080}, measurer, breaker);
    for (const auto& item : layout.items) EXPECT_GE(item.rect.h, 96);
}

}  // namespace
}  // namespace kiosk
