#include "core/ui/screen_pages.h"

#include <gtest/gtest.h>

#include <set>

#include "core/ui/screen_painter.h"
#include "support/fake_measurer.h"

namespace kiosk {
namespace {

Screen long_article(int paragraphs) {
    Screen screen;
    screen.title = "困难残疾人生活补贴";
    for (int i = 0; i < paragraphs; ++i) {
        screen.items.push_back(
            Item{.label = "第" + std::to_string(i) + "段：这是一段比较长的正文，用来检查自动换行和滚动是否正确。"});
    }
    screen.buttons.push_back(Item{.label = "返回", .style = ItemStyle::button});
    return screen;
}

TEST(ScreenPages, AShortScreenIsOnePage) {
    testing::FakeMeasurer measurer;
    LineBreaker breaker("zh-Hans");
    const ScreenLayout layout = layout_screen(long_article(2), {1920, 1080}, measurer, breaker);
    const auto pages = screen_pages(layout);
    ASSERT_EQ(pages.size(), 1u);
    EXPECT_EQ(pages[0].scroll, 0);
    EXPECT_EQ(pages[0].focus, 0u);
}

TEST(ScreenPages, EveryItemIsShownWholeOnSomePageAndFocusIsOnTheFirstShown) {
    testing::FakeMeasurer measurer;
    LineBreaker breaker("zh-Hans");
    for (int size : kTextSizes) {
        const ScreenLayout layout =
            layout_screen(long_article(30), {1080, 1920}, measurer, breaker, metrics_for_text_size(size));
        const auto pages = screen_pages(layout);
        ASSERT_GT(pages.size(), 1u) << size;
        std::set<std::size_t> seen;
        int previous = -1;
        for (const ScreenPage& page : pages) {
            EXPECT_GT(page.scroll, previous) << size;
            previous = page.scroll;
            EXPECT_TRUE(is_shown(layout, layout.on_screen(page.focus, page.scroll))) << size;
            for (std::size_t i = 0; i < layout.items.size(); ++i) {
                if (is_shown(layout, layout.on_screen(i, page.scroll))) seen.insert(i);
            }
            if (page.scroll > 0) {
                EXPECT_GE(layout.on_screen(page.focus, page.scroll).y - layout.item_gap, layout.content.y)
                    << "room for the focus ring above the first item";
            }
        }
        EXPECT_EQ(seen.size(), layout.items.size()) << size;
        EXPECT_EQ(pages.back().scroll, layout.max_scroll()) << size;
    }
}

}  // namespace
}  // namespace kiosk
