// A call for staff over time: raised with a chime and told, its answer spoken, a second
// call within the rate limit told as already sent, a failed call saying where to ask, and
// the call button on every screen.

#include <gtest/gtest.h>

#include "support/flow_fixture.h"

namespace kiosk {
namespace {

using namespace std::chrono_literals;
using testing::cancels;
using testing::Flow;
using testing::kViewport;
using testing::notes;
using testing::spoken;
using testing::TimePoint;

// The call for staff: sent once per rate limit, told on screen and in speech, and its
// answer (or failure) spoken; on the made-up clock.
class CallStaffFlow : public Flow {
protected:
    void SetUp() override {
        KioskApp::Settings settings;
        settings.staff_call_limit = 60s;
        make_app(std::move(settings));
        press(Command::next, at(1s));  // wakes the kiosk on its home screen
    }
    AppOutputs answer(bool ok, Moment now) {
        AppInputs inputs;
        inputs.staff_call_answered = ok;
        return step(now, inputs);
    }
    AppOutputs acknowledge(Moment now) {
        AppInputs inputs;
        inputs.staff_acknowledged = true;
        return step(now, inputs);
    }
    static bool chimes(const AppOutputs& out) {
        return std::any_of(out.log.begin(), out.log.end(), [](const LogEntry& entry) {
            return entry.kind == LogEntry::Kind::earcon && entry.earcon == Earcon::chime;
        });
    }
    static std::string said(const AppOutputs& out) {
        const auto words = spoken(out);
        return words.empty() ? std::string() : words.back().utterance.display;
    }
};

TEST_F(CallStaffFlow, ACallIsRaisedChimesAndIsToldThenItsAnswerIsSpoken) {
    AppOutputs out = press(Command::call_staff, at(5s));
    ASSERT_TRUE(out.staff_call.has_value());
    EXPECT_EQ(out.staff_call->screen, "home");
    EXPECT_EQ(out.staff_call->language, "zh-Hans");
    EXPECT_TRUE(chimes(out));
    EXPECT_EQ(said(out), "已通知工作人员，请稍候");
    EXPECT_EQ(notes(out), std::vector<std::string>{"staff call from the home screen"});
    const DisplayList shown = host_.kiosk().frame(kViewport);
    EXPECT_TRUE(std::any_of(shown.begin(), shown.end(), [](const DrawCommand& command) {
        const auto* text = std::get_if<DrawText>(&command);
        return text != nullptr && text->utf8.find("已通知工作人员") != std::string::npos;
    })) << "the call is shown as well as said";

    out = answer(true, at(7s));
    EXPECT_FALSE(out.staff_call.has_value());
    EXPECT_EQ(said(out), "工作人员已收到");
    out = answer(true, at(8s));
    EXPECT_TRUE(spoken(out).empty()) << "one answer per call";
}

TEST_F(CallStaffFlow, ASecondCallWithinTheRateLimitIsToldAsAlreadySent) {
    ASSERT_TRUE(press(Command::call_staff, at(5s)).staff_call.has_value());
    AppOutputs out = press(Command::call_staff, at(64s));
    EXPECT_FALSE(out.staff_call.has_value());
    EXPECT_FALSE(chimes(out));
    EXPECT_EQ(said(out), "已经通知过工作人员，请稍候");
    EXPECT_EQ(notes(out), std::vector<std::string>{"staff call already sent"});
    out = press(Command::call_staff, at(65s));
    EXPECT_TRUE(out.staff_call.has_value()) << "the limit is over 60 s after the call was sent";
}

TEST_F(CallStaffFlow, AFailedCallSaysWhereToAskAndMayBeSentAgainAtOnce) {
    ASSERT_TRUE(press(Command::call_staff, at(5s)).staff_call.has_value());
    AppOutputs out = answer(false, at(6s));
    EXPECT_EQ(said(out), "呼叫没有发出。请到服务台询问，或拨打12345。");
    EXPECT_EQ(notes(out), std::vector<std::string>{"staff call not delivered"});
    EXPECT_TRUE(press(Command::call_staff, at(7s)).staff_call.has_value());
}

TEST_F(CallStaffFlow, TheStaffKeyAfterACallSaysSomeoneIsComingAndReopensCalling) {
    ASSERT_TRUE(press(Command::call_staff, at(5s)).staff_call.has_value());
    AppOutputs out = acknowledge(at(20s));
    EXPECT_EQ(said(out), "工作人员马上就到，请稍候");
    EXPECT_TRUE(chimes(out));
    EXPECT_EQ(notes(out), std::vector<std::string>{"staff call acknowledged by the staff key"});
    EXPECT_TRUE(answer(true, at(21s)).speech.empty()) << "the webhook's late answer has nothing left to say";
    EXPECT_TRUE(press(Command::call_staff, at(22s)).staff_call.has_value()) << "a new call goes at once";
}

TEST_F(CallStaffFlow, TheStaffKeyWithNoCallOpenSaysNothing) {
    AppOutputs out = acknowledge(at(5s));
    EXPECT_TRUE(out.speech.empty());
    EXPECT_EQ(notes(out), std::vector<std::string>{"staff key pressed with no call for staff open"});
    ASSERT_TRUE(press(Command::call_staff, at(6s)).staff_call.has_value());
    answer(false, at(7s));
    EXPECT_TRUE(acknowledge(at(8s)).speech.empty()) << "a call that failed is not open";
}

TEST_F(CallStaffFlow, EveryScreenHasTheCallButtonAndItCallsFromThere) {
    press(Command::help, at(3s));
    const Screen& help = host_.kiosk().stack().top().screen;
    ASSERT_EQ(help.kind, ScreenKind::help);
    const auto button = std::find_if(help.buttons.begin(), help.buttons.end(),
                                     [](const Item& item) { return std::holds_alternative<CallStaff>(item.action); });
    ASSERT_NE(button, help.buttons.end());
    EXPECT_EQ(button->label, "呼叫工作人员");
    for (int moves = 0; moves < 20 && !std::holds_alternative<CallStaff>(host_.kiosk().stack().focused_item().action);
         ++moves) {
        press(Command::next, at(4s));
    }
    ASSERT_TRUE(std::holds_alternative<CallStaff>(host_.kiosk().stack().focused_item().action));
    const AppOutputs out = press(Command::activate, at(5s));
    ASSERT_TRUE(out.staff_call.has_value());
    EXPECT_EQ(out.staff_call->screen, "help");
}

}  // namespace
}  // namespace kiosk
