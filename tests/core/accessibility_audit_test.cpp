#include "core/ui/accessibility_audit.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "support/fake_measurer.h"

namespace kiosk {
namespace {

std::vector<std::string> rules_for(const std::vector<AuditFinding>& findings, std::size_t index) {
    std::vector<std::string> rules;
    for (const auto& f : findings) {
        if (f.index == index && f.item != "theme") rules.push_back(f.rule);
    }
    return rules;
}

// A 1920x1080 screen laid out by hand: three content items in one column, one button.
struct HandMadeScreen {
    Screen screen;
    ScreenLayout layout;

    HandMadeScreen() {
        layout.viewport = {1920, 1080};
        layout.focus_ring = 6;
        layout.focus_gap = 6;
        layout.item_gap = 28;
        layout.header = {0, 0, 1920, 150};
        layout.content = {48, 150, 1824, 760};
        layout.footer = {0, 910, 1920, 170};
        for (int i = 0; i < 3; ++i) add_item("第" + std::to_string(i) + "段", Rect{0, 28 + i * 150, 1824, 120});
        screen.buttons.push_back(Item{.label = "返回", .spoken = "返回，按钮", .style = ItemStyle::button});
        layout.buttons.push_back(ItemBox{.rect = {840, 938, 240, 110}});
        layout.content_height = 28 + 3 * 150;
    }

    void add_item(const std::string& label, Rect rect) {
        screen.items.push_back(Item{.label = label, .spoken = label});
        layout.items.push_back(ItemBox{.rect = rect});
    }
};

TEST(AccessibilityAudit, AWellMadeScreenHasNoFindings) {
    const HandMadeScreen s;
    for (const Theme& theme : builtin_themes()) {
        EXPECT_TRUE(audit_screen(s.screen, s.layout, theme).empty()) << theme.name;
    }
}

TEST(AccessibilityAudit, FindsAnUnlabelledItemAndASmallTarget) {
    HandMadeScreen s;
    s.screen.items[1].spoken = "";
    s.layout.items[2].rect = {0, 328, 40, 40};  // 40 px: far below 96 px at 1080

    const auto findings = audit_screen(s.screen, s.layout, builtin_themes().front());

    EXPECT_EQ(rules_for(findings, 1), std::vector<std::string>{"spoken-text"});
    EXPECT_EQ(rules_for(findings, 2), std::vector<std::string>{"target-size"});
    const auto small = std::find_if(findings.begin(), findings.end(), [](const auto& f) { return f.index == 2; });
    ASSERT_NE(small, findings.end());
    EXPECT_EQ(small->detail, "smaller side 40 px, needs 96 px");
    EXPECT_NE(small->item.find("第2段"), std::string::npos);
}

TEST(AccessibilityAudit, TheMinimumTargetGrowsWithTheScreen) {
    HandMadeScreen s;
    s.layout.scale = 2.0;  // a 2160-line screen: 192 px needed
    const auto findings = audit_screen(s.screen, s.layout, builtin_themes().front());
    EXPECT_EQ(rules_for(findings, 0), std::vector<std::string>{"target-size"});
    EXPECT_EQ(rules_for(findings, 3), std::vector<std::string>{"target-size"});  // the 110 px button
}

TEST(AccessibilityAudit, FindsFocusOrderAgainstReadingOrder) {
    HandMadeScreen s;
    std::swap(s.layout.items[0].rect, s.layout.items[1].rect);  // the first item is drawn second
    const auto findings = audit_screen(s.screen, s.layout, builtin_themes().front());
    EXPECT_EQ(rules_for(findings, 1), std::vector<std::string>{"focus-order"});
}

TEST(AccessibilityAudit, FindsTargetsOverlappingOrTooClose) {
    HandMadeScreen s;
    s.layout.items[1].rect.y = 28 + 120 + 4;   // 4 px below the first: no room for a ring
    s.layout.items[2].rect.y = 28 + 150 + 60;  // over the second
    const auto findings = audit_screen(s.screen, s.layout, builtin_themes().front());
    EXPECT_EQ(rules_for(findings, 0), std::vector<std::string>{"target-spacing"});
    EXPECT_EQ(rules_for(findings, 1), std::vector<std::string>{"target-overlap"});
}

TEST(AccessibilityAudit, FindsAFocusRingCutAtTheEdgeOfTheScreen) {
    HandMadeScreen s;
    s.layout.items[0].rect.x = -48;  // flush with the screen's left edge: the ring is outside
    s.layout.items[0].rect.w = 1920;
    const auto findings = audit_screen(s.screen, s.layout, builtin_themes().front());
    EXPECT_EQ(rules_for(findings, 0), std::vector<std::string>{"focus-visible"});
}

// An item taller than the page is read on a page at a time (Down shows its next lines),
// which works unless a single line is taller than the page.
TEST(AccessibilityAudit, FindsALineTallerThanTheScrollingArea) {
    HandMadeScreen s;
    s.layout.items[2].rect.h = 900;  // the area is 760 px tall
    s.layout.items[2].label.lines = {"第2段"};
    s.layout.items[2].label.line_height = 800;
    s.layout.content_height = 28 + 300 + 900 + 28;
    const auto findings = audit_screen(s.screen, s.layout, builtin_themes().front());
    ASSERT_EQ(rules_for(findings, 2), std::vector<std::string>{"focus-visible"});
    EXPECT_NE(findings.front().detail.find("a line is taller than the scrolling area"), std::string::npos);
}

TEST(AccessibilityAudit, AcceptsAnItemTallerThanTheScrollingAreaMadeOfOrdinaryLines) {
    HandMadeScreen s;
    s.layout.items[2].rect.h = 900;
    s.layout.items[2].label.lines = std::vector<std::string>(14, "一行");
    s.layout.items[2].label.line_height = 60;
    s.layout.content_height = 28 + 300 + 900 + 28;
    EXPECT_TRUE(rules_for(audit_screen(s.screen, s.layout, builtin_themes().front()), 2).empty());
}

TEST(AccessibilityAudit, FindsAFocusRingTooFaint) {
    const HandMadeScreen s;
    Theme faint = builtin_themes().front();
    faint.focus_ring = faint.background;
    const auto findings = audit_screen(s.screen, s.layout, faint);
    ASSERT_FALSE(findings.empty());
    EXPECT_TRUE(
        std::all_of(findings.begin(), findings.end(), [](const auto& f) { return f.rule == "focus-contrast"; }));
}

TEST(AccessibilityAudit, LaidOutScreensPassAtEveryTextSize) {
    testing::FakeMeasurer measurer;
    LineBreaker breaker("zh-Hans");
    Screen screen;
    screen.title = "首页";
    for (int i = 0; i < 9; ++i) {
        screen.items.push_back(Item{
            .label = "生活保障" + std::to_string(i), .detail = "6项", .spoken = "生活保障", .style = ItemStyle::tile});
    }
    screen.buttons = {Item{.label = "帮助", .spoken = "帮助", .style = ItemStyle::button},
                      Item{.label = "语言", .spoken = "语言", .style = ItemStyle::button}};
    for (int size : kTextSizes) {
        for (Size shape : {Size{1920, 1080}, Size{1280, 1024}, Size{1080, 1920}}) {
            const ScreenLayout layout = layout_screen(screen, shape, measurer, breaker, metrics_for_text_size(size));
            const auto findings = audit_screen(screen, layout, builtin_themes().front());
            for (const auto& f : findings)
                ADD_FAILURE() << size << "% " << shape.w << "x" << shape.h << ": " << f.item << " " << f.rule << " "
                              << f.detail;
        }
    }
}

}  // namespace
}  // namespace kiosk
