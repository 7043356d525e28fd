#include "core/ui/screen_stack.h"

#include <gtest/gtest.h>

namespace kiosk {
namespace {

Screen screen_with(const std::string& title, int items, int buttons = 0) {
    Screen screen;
    screen.title = title;
    for (int i = 0; i < items; ++i) screen.items.push_back(Item{.label = title + std::to_string(i)});
    for (int i = 0; i < buttons; ++i) screen.buttons.push_back(Item{.label = "button" + std::to_string(i)});
    return screen;
}

TEST(ScreenStack, FocusMovesThroughItemsThenButtonsAndStopsAtTheEnds) {
    ScreenStack stack;
    stack.reset(screen_with("a", 2, 1));
    EXPECT_EQ(stack.focus_previous(), ScreenStack::Move::at_edge);
    EXPECT_EQ(stack.focus_next(), ScreenStack::Move::moved);
    EXPECT_EQ(stack.focused_item().label, "a1");
    EXPECT_EQ(stack.focus_next(), ScreenStack::Move::moved);
    EXPECT_EQ(stack.focused_item().label, "button0");
    EXPECT_EQ(stack.focus_next(), ScreenStack::Move::at_edge);
    EXPECT_EQ(stack.focused_item().label, "button0");
}

TEST(ScreenStack, BackRestoresTheEarlierFocus) {
    ScreenStack stack;
    stack.reset(screen_with("home", 3));
    stack.focus_next();
    stack.push(screen_with("inner", 2));
    EXPECT_EQ(stack.focused_item().label, "inner0");
    EXPECT_TRUE(stack.pop());
    EXPECT_EQ(stack.focused_item().label, "home1");
    EXPECT_FALSE(stack.pop());
}

TEST(ScreenStack, HomeForgetsTheWayThere) {
    ScreenStack stack;
    stack.reset(screen_with("home", 2));
    stack.focus_next();
    stack.push(screen_with("b", 1));
    stack.push(screen_with("c", 1));
    stack.pop_to_root();
    EXPECT_EQ(stack.depth(), 1u);
    EXPECT_EQ(stack.top().screen.title, "home");
    EXPECT_EQ(stack.focused_item().label, "home0");
}

TEST(ScreenStack, ScreenVersionChangesWithTheTopScreen) {
    ScreenStack stack;
    stack.reset(screen_with("home", 2));
    const auto first = stack.screen_version();
    stack.focus_next();
    EXPECT_EQ(stack.screen_version(), first);
    stack.push(screen_with("b", 1));
    const auto second = stack.screen_version();
    EXPECT_NE(second, first);
    stack.pop();
    stack.push(screen_with("c", 1));  // same place in the stack, a different screen
    EXPECT_NE(stack.screen_version(), second);
}

}  // namespace
}  // namespace kiosk
