// The part of a line of braille a display shows: padded to the display, panned a whole
// display at a time, told at either end, kept in place when the display's size changes,
// and routing keys naming the character under them.

#include <gtest/gtest.h>

#include "core/braille/braille_window.h"

namespace kiosk {
namespace {

// A line of `length` cells whose dots count up from 1, each from byte 10 × its index.
BrailleCells counting_line(std::size_t length) {
    BrailleCells cells;
    for (std::size_t i = 0; i < length; ++i) {
        cells.dots.push_back(static_cast<std::uint8_t>(i + 1));
        cells.source.push_back(i * 10);
    }
    return cells;
}

TEST(BrailleWindow, AShortLineIsPaddedWithBlankCells) {
    BrailleWindow window;
    window.set_width(5);
    window.show(counting_line(3));
    EXPECT_EQ(window.visible(), (std::vector<std::uint8_t>{1, 2, 3, 0, 0}));
    EXPECT_EQ(window.pan_forward(), BrailleWindow::Pan::at_end);
    EXPECT_EQ(window.pan_back(), BrailleWindow::Pan::at_end);
}

TEST(BrailleWindow, PanningMovesAWholeDisplayAndSaysWhenItReachesAnEnd) {
    BrailleWindow window;
    window.set_width(4);
    window.show(counting_line(10));
    EXPECT_EQ(window.pan_forward(), BrailleWindow::Pan::moved);
    EXPECT_EQ(window.visible(), (std::vector<std::uint8_t>{5, 6, 7, 8}));
    EXPECT_EQ(window.pan_forward(), BrailleWindow::Pan::moved);
    EXPECT_EQ(window.visible(), (std::vector<std::uint8_t>{9, 10, 0, 0}));
    EXPECT_EQ(window.pan_forward(), BrailleWindow::Pan::at_end);
    EXPECT_EQ(window.visible(), (std::vector<std::uint8_t>{9, 10, 0, 0}));
    EXPECT_EQ(window.pan_back(), BrailleWindow::Pan::moved);
    EXPECT_EQ(window.pan_back(), BrailleWindow::Pan::moved);
    EXPECT_EQ(window.visible(), (std::vector<std::uint8_t>{1, 2, 3, 4}));
    EXPECT_EQ(window.pan_back(), BrailleWindow::Pan::at_end);
}

TEST(BrailleWindow, ANewLineIsShownFromItsStart) {
    BrailleWindow window;
    window.set_width(4);
    window.show(counting_line(10));
    ASSERT_EQ(window.pan_forward(), BrailleWindow::Pan::moved);
    window.show(counting_line(6));
    EXPECT_EQ(window.visible(), (std::vector<std::uint8_t>{1, 2, 3, 4}));
}

TEST(BrailleWindow, ADisplayOfAnotherSizeKeepsTheTextInView) {
    BrailleWindow window;
    window.set_width(4);
    window.show(counting_line(20));
    ASSERT_EQ(window.pan_forward(), BrailleWindow::Pan::moved);
    ASSERT_EQ(window.pan_forward(), BrailleWindow::Pan::moved);  // cells 9 to 12
    window.set_width(6);
    EXPECT_EQ(window.visible(), (std::vector<std::uint8_t>{7, 8, 9, 10, 11, 12}));
    window.set_width(0);  // the display went away
    EXPECT_TRUE(window.visible().empty());
    EXPECT_EQ(window.pan_forward(), BrailleWindow::Pan::at_end);
    EXPECT_EQ(window.source_at(0), std::nullopt);
    window.set_width(6);
    EXPECT_EQ(window.visible().front(), 7);
}

TEST(BrailleWindow, ARoutingKeyNamesTheCharacterUnderItOrNothingPastTheText) {
    BrailleWindow window;
    window.set_width(4);
    window.show(counting_line(6));
    EXPECT_EQ(window.source_at(2), 20U);
    ASSERT_EQ(window.pan_forward(), BrailleWindow::Pan::moved);
    EXPECT_EQ(window.source_at(1), 50U);
    EXPECT_EQ(window.source_at(2), std::nullopt);
    EXPECT_EQ(window.source_at(4), std::nullopt);
}

TEST(BrailleWindow, AnEmptyLineShowsBlankCells) {
    BrailleWindow window;
    window.set_width(3);
    window.show({});
    EXPECT_EQ(window.visible(), (std::vector<std::uint8_t>(3, 0)));
    EXPECT_EQ(window.source_at(0), std::nullopt);
}

}  // namespace
}  // namespace kiosk
