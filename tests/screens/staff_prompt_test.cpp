// The staff code prompt: a keypad sequence opens it only when a code is configured, the
// digits are shown and said only as a count, and Enter hands the code to the shell.

#include <gtest/gtest.h>

#include "screens/kiosk.h"
#include "support/fake_measurer.h"
#include "support/fixture_pack.h"

namespace kiosk {
namespace {

class StaffPrompt : public ::testing::Test {
protected:
    void SetUp() override {
        pack_ = testing::mini_pack();
        kiosk_ = std::make_unique<Kiosk>(pack_, testing::ui_strings("en"), measurer_, std::vector<LanguageChoice>{},
                                         Preferences{.speech = true});
        kiosk_->start();
        kiosk_->frame({1920, 1080});
    }

    Reaction act(const Input& input) {
        Reaction reaction = kiosk_->handle(input);
        kiosk_->frame({1920, 1080});
        return reaction;
    }
    void press_sequence() {
        for (Command c : {Command::help, Command::settings, Command::help, Command::settings, Command::help}) act(c);
    }
    ScreenKind kind() const { return kiosk_->stack().top().screen.kind; }
    static std::string all_said(const Reaction& r) {
        std::string out;
        for (const auto& s : r.speech) out += s.utterance.display + "|";  // before numbers are spelled out
        return out;
    }

    testing::FakeMeasurer measurer_;
    Pack pack_;
    std::unique_ptr<Kiosk> kiosk_;
};

TEST_F(StaffPrompt, WithoutAConfiguredCodeTheSequenceOpensNothing) {
    press_sequence();
    EXPECT_NE(kind(), ScreenKind::staff_code);
    EXPECT_FALSE(kiosk_->entering_staff_code());
}

TEST_F(StaffPrompt, TheSequenceOpensThePromptWhichSaysWhatToDo) {
    kiosk_->set_staff_prompt(true);
    act(Command::help);
    act(Command::settings);
    act(Command::next);  // anything in between breaks the sequence
    act(Command::help);
    act(Command::settings);
    EXPECT_NE(kind(), ScreenKind::staff_code);
    act(Command::help);
    act(Command::settings);
    const Reaction opened = act(Command::help);
    ASSERT_EQ(kind(), ScreenKind::staff_code);
    EXPECT_TRUE(kiosk_->entering_staff_code());
    EXPECT_NE(all_said(opened).find("Staff code"), std::string::npos) << all_said(opened);
    EXPECT_NE(all_said(opened).find("Enter the staff code"), std::string::npos) << all_said(opened);
}

TEST_F(StaffPrompt, ThePromptsHelpSaysWhatToDo) {
    kiosk_->set_staff_prompt(true);
    press_sequence();
    ASSERT_EQ(kind(), ScreenKind::staff_code);
    EXPECT_NE(kiosk_->stack().top().screen.help.find("Enter the staff code"), std::string::npos)
        << kiosk_->stack().top().screen.help;
}

TEST_F(StaffPrompt, DigitsAreShownAndSaidOnlyAsACountAndEnterHandsTheCodeOver) {
    kiosk_->set_staff_prompt(true);
    press_sequence();
    ASSERT_TRUE(kiosk_->entering_staff_code());
    Reaction r;
    for (int d : {2, 4, 6, 8, 1, 0}) r = act(Digit{d});
    EXPECT_EQ(all_said(r), "6 digits entered|");
    const Screen& screen = kiosk_->stack().top().screen;
    for (const Item& item : screen.items) EXPECT_EQ(item.label.find("246810"), std::string::npos);
    EXPECT_FALSE(r.staff_code);
    const Reaction entered = act(Command::activate);
    ASSERT_TRUE(entered.staff_code);
    EXPECT_EQ(*entered.staff_code, "246810");
    EXPECT_TRUE(entered.speech.empty()) << "the shell says what came of it";
}

TEST_F(StaffPrompt, AWrongCodeClosesThePromptAndSaysHowLongToWait) {
    kiosk_->set_staff_prompt(true);
    press_sequence();
    act(Digit{1});
    ASSERT_TRUE(act(Command::activate).staff_code);
    const Reaction refused = kiosk_->refuse_staff_code(std::chrono::seconds(4), true);
    EXPECT_FALSE(kiosk_->entering_staff_code());
    ASSERT_FALSE(refused.speech.empty());
    EXPECT_EQ(refused.speech[0].utterance.display, "Wrong code. Try again in 4 seconds.");
    EXPECT_EQ(refused.speech[0].interrupt, Interrupt::yes);
    EXPECT_EQ(refused.earcon, Earcon::error);
    // Entering again starts from no digits.
    press_sequence();
    const Reaction empty_enter = act(Command::activate);
    EXPECT_FALSE(empty_enter.staff_code) << "Enter with no digits only leaves";
    EXPECT_FALSE(kiosk_->entering_staff_code());
}

TEST_F(StaffPrompt, DigitsOutsideThePromptDoNothing) {
    const Reaction r = act(Digit{5});
    EXPECT_TRUE(r.speech.empty());
    EXPECT_FALSE(r.staff_code);
}

}  // namespace
}  // namespace kiosk
