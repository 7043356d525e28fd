#include <gtest/gtest.h>

#include "core/ui/color.h"
#include "core/ui/screen_layout.h"
#include "core/ui/theme.h"
#include "support/fake_measurer.h"

namespace kiosk {
namespace {

TEST(ContrastRatio, MatchesTheWcagFormula) {
    EXPECT_NEAR(contrast_ratio({0, 0, 0}, {255, 255, 255}), 21.0, 1e-9);
    EXPECT_NEAR(contrast_ratio({255, 255, 255}, {0, 0, 0}), 21.0, 1e-9);
    EXPECT_NEAR(contrast_ratio({0x77, 0x77, 0x77}, {255, 255, 255}), 4.48, 0.01);
    EXPECT_NEAR(contrast_ratio({0x12, 0x34, 0x56}, {0x12, 0x34, 0x56}), 1.0, 1e-9);
}

// Computed from each theme's colours: a colour change that breaks a ratio fails here.
TEST(ThemeContrast, EveryPairMeetsItsMinimum) {
    ASSERT_FALSE(builtin_themes().empty());
    for (const Theme& theme : builtin_themes()) {
        for (const auto& pair : contrast_requirements(theme)) {
            const double ratio = contrast_ratio(pair.foreground, pair.background);
            EXPECT_GE(ratio, pair.minimum) << theme.name << ": " << pair.what << " is " << ratio << ":1";
        }
    }
}

TEST(ThemeContrast, TextNeedsSevenToOneAndFocusThreeToOne) {
    const auto requirements = contrast_requirements(*find_theme("standard"));
    int text = 0;
    int focus = 0;
    for (const auto& r : requirements) {
        if (r.what.find("text") != std::string::npos && r.what.find("ring") == std::string::npos) {
            EXPECT_GE(r.minimum, 7.0) << r.what;
            ++text;
        }
        if (r.what.find("focus ring") != std::string::npos) {
            EXPECT_GE(r.minimum, 3.0) << r.what;
            ++focus;
        }
    }
    EXPECT_GE(text, 4);
    EXPECT_GE(focus, 2);
}

TEST(FocusIndicator, IsAtLeastFourPixelsThickOnEveryScreenShape) {
    testing::FakeMeasurer measurer;
    LineBreaker breaker("zh-Hans");
    Screen screen;
    screen.title = "标题";
    screen.items.push_back(Item{.label = "一项"});
    for (Size size : {Size{1920, 1080}, Size{1280, 1024}, Size{1080, 1920}, Size{800, 600}}) {
        const ScreenLayout layout = layout_screen(screen, size, measurer, breaker);
        EXPECT_GE(layout.focus_ring, 4) << size.w << "x" << size.h;
    }
}

TEST(Themes, AreFoundByName) {
    EXPECT_TRUE(find_theme("standard"));
    EXPECT_TRUE(find_theme("high-contrast"));
    EXPECT_TRUE(find_theme("inverted"));
    EXPECT_TRUE(find_theme("colour-safe"));
    EXPECT_FALSE(find_theme("no-such-theme"));
}

}  // namespace
}  // namespace kiosk
