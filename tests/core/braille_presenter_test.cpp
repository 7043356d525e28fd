// What the braille display shows and what its keys do: the item as shown on screen, kept
// in place when the same item comes again, panning past an end moving to the next or
// previous item, routing opening the item, and an untranslatable text showing nothing.

#include <gtest/gtest.h>

#include <string>

#include "core/braille/braille_presenter.h"

namespace kiosk {
namespace {

// One cell per byte, its dots the byte itself; "!" cannot be translated.
class ByteTranslator : public BrailleTranslator {
public:
    Result<BrailleCells> translate(std::string_view text, std::string_view locale) override {
        ++calls;
        last_locale = std::string(locale);
        if (text.find('!') != std::string_view::npos) return failure("no braille for '!'");
        BrailleCells cells;
        for (std::size_t i = 0; i < text.size(); ++i) {
            cells.dots.push_back(static_cast<std::uint8_t>(text[i]));
            cells.source.push_back(i);
        }
        return cells;
    }
    int calls = 0;
    std::string last_locale;
};

std::vector<std::uint8_t> bytes(const std::string& text) { return {text.begin(), text.end()}; }

BrailleKey key(BrailleKey::Kind kind, std::size_t cell = 0) { return {kind, cell}; }

TEST(BraillePresenter, ShowsTheTextInTheLanguagesBrailleFromItsStart) {
    ByteTranslator translator;
    BraillePresenter presenter(translator);
    presenter.set_width(4);
    ASSERT_TRUE(presenter.show("ab", "ko"));
    EXPECT_EQ(presenter.cells(), (std::vector<std::uint8_t>{'a', 'b', 0, 0}));
    EXPECT_EQ(translator.last_locale, "ko");
}

TEST(BraillePresenter, PanningMovesWithinAnItemThenToTheNextOrPreviousItem) {
    ByteTranslator translator;
    BraillePresenter presenter(translator);
    presenter.set_width(3);
    ASSERT_TRUE(presenter.show("abcdef", "en"));
    EXPECT_EQ(presenter.on_key(key(BrailleKey::Kind::pan_forward)), std::nullopt);
    EXPECT_EQ(presenter.cells(), bytes("def"));
    EXPECT_EQ(presenter.on_key(key(BrailleKey::Kind::pan_forward)), Command::next);
    EXPECT_EQ(presenter.on_key(key(BrailleKey::Kind::pan_back)), std::nullopt);
    EXPECT_EQ(presenter.cells(), bytes("abc"));
    EXPECT_EQ(presenter.on_key(key(BrailleKey::Kind::pan_back)), Command::previous);
}

TEST(BraillePresenter, TheSameItemAgainKeepsThePanningPlace) {
    ByteTranslator translator;
    BraillePresenter presenter(translator);
    presenter.set_width(3);
    ASSERT_TRUE(presenter.show("abcdef", "en"));
    presenter.on_key(key(BrailleKey::Kind::pan_forward));
    ASSERT_TRUE(presenter.show("abcdef", "en"));  // its speech began after it was shown
    EXPECT_EQ(presenter.cells(), bytes("def"));
    EXPECT_EQ(translator.calls, 1);
    ASSERT_TRUE(presenter.show("abcdef", "zh-Hans"));  // another language is another line
    EXPECT_EQ(presenter.cells(), bytes("abc"));
}

TEST(BraillePresenter, ARoutingKeyOverTheItemOpensItAndPastItsEndDoesNothing) {
    ByteTranslator translator;
    BraillePresenter presenter(translator);
    presenter.set_width(6);
    ASSERT_TRUE(presenter.show("abc", "en"));
    EXPECT_EQ(presenter.on_key(key(BrailleKey::Kind::route, 2)), Command::activate);
    EXPECT_EQ(presenter.on_key(key(BrailleKey::Kind::route, 3)), std::nullopt);
}

TEST(BraillePresenter, LineKeysMoveLikeUpAndDownAndOtherKeysDoNothing) {
    ByteTranslator translator;
    BraillePresenter presenter(translator);
    presenter.set_width(6);
    EXPECT_EQ(presenter.on_key(key(BrailleKey::Kind::line_down)), Command::next);
    EXPECT_EQ(presenter.on_key(key(BrailleKey::Kind::line_up)), Command::previous);
    EXPECT_EQ(presenter.on_key(key(BrailleKey::Kind::other)), std::nullopt);
}

TEST(BraillePresenter, TextItCannotTranslateShowsBlankCellsAndSaysWhy) {
    ByteTranslator translator;
    BraillePresenter presenter(translator);
    presenter.set_width(3);
    ASSERT_TRUE(presenter.show("abc", "en"));
    const Status shown = presenter.show("a!", "en");
    ASSERT_FALSE(shown);
    EXPECT_NE(shown.error().to_string().find("no braille"), std::string::npos);
    EXPECT_EQ(presenter.cells(), (std::vector<std::uint8_t>{0, 0, 0}));
}

TEST(BraillePresenter, ADisplayOfNoCellsShowsNothingAndPanningMovesItems) {
    ByteTranslator translator;
    BraillePresenter presenter(translator);
    ASSERT_TRUE(presenter.show("abc", "en"));
    EXPECT_TRUE(presenter.cells().empty());
    presenter.set_width(2);
    EXPECT_EQ(presenter.cells(), bytes("ab"));
}

}  // namespace
}  // namespace kiosk
