// The anonymous usage events the flow hands the host, on a made-up clock: a session begun
// by a key or a touch, the categories and topics opened, a language chosen, settings
// changed, say-all, and how the session ended. Nothing a resident typed is in them.

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

#include "flow/kiosk_app.h"
#include "support/fake_measurer.h"
#include "support/fixture_pack.h"

namespace kiosk {
namespace {

using namespace std::chrono_literals;
using Kind = UsageEvent::Kind;

constexpr Size kViewport{1920, 1080};

// A Kiosk of the mini pack in two languages, replaced whole as the app's Session does.
class TwoLanguageHost : public KioskHost {
public:
    TwoLanguageHost() : pack_(testing::mini_pack()) {
        fresh(Preferences{})->show_attract();
        kiosk_->frame(kViewport);
    }

    Kiosk& kiosk() override { return *kiosk_; }
    Reaction reset() override { return fresh(Preferences{})->start_fresh(); }
    Reaction switch_locale(const std::string&) override { return fresh(kiosk_->preferences())->start(); }
    void show_waiting_pack() override { fresh(Preferences{})->show_attract(); }
    MaintenanceFacts maintenance_facts() override { return {}; }

private:
    Kiosk* fresh(Preferences preferences) {
        kiosk_.reset();
        kiosk_ = std::make_unique<Kiosk>(
            pack_, testing::ui_strings("zh-Hans"), measurer_,
            std::vector<LanguageChoice>{{"zh-Hans", "中文", "cmn-latn-pinyin", "请触摸屏幕或按任意键开始"},
                                        {"en", "English", "en-us", "Touch the screen or press any key to start"}},
            std::move(preferences));
        return kiosk_.get();
    }

    testing::FakeMeasurer measurer_;
    Pack pack_;
    std::unique_ptr<Kiosk> kiosk_;
};

class UsageEvents : public ::testing::Test {
protected:
    void SetUp() override {
        KioskApp::Settings settings;
        settings.idle = IdlePolicy{120s, 20s, 60s, 0s, 20, 8};
        app_ = std::make_unique<KioskApp>(host_, std::move(settings), at(0s));
        collect(app_->begin(host_.kiosk().show_attract(), at(0s)));
    }

    Moment at(Moment::Clock::duration since_start) const { return {start_ + since_start, 12}; }
    void collect(const AppOutputs& out) {
        if (out.redraw) host_.kiosk().frame(kViewport);
        events_.insert(events_.end(), out.usage.begin(), out.usage.end());
    }
    void step(Moment now, const AppInputs& inputs = {}) { collect(app_->step(inputs, now)); }
    void input(const Input& input, Moment now) {
        AppInputs inputs;
        inputs.inputs.push_back({input, "input"});
        step(now, std::move(inputs));
    }
    // A tap in the middle of focusable item `index` of the screen shown.
    void tap(std::size_t index, Moment now) {
        const Rect r = host_.kiosk().layout()->on_screen(index, host_.kiosk().stack().top().scroll);
        input(Tap{r.x + r.w / 2, r.y + r.h / 2}, now);
    }
    std::vector<UsageEvent> taken() { return std::exchange(events_, {}); }

    const Moment::Clock::time_point start_ = Moment::Clock::time_point{} + 1000h;
    TwoLanguageHost host_;
    std::unique_ptr<KioskApp> app_;
    std::vector<UsageEvent> events_;
};

TEST_F(UsageEvents, AKeypadSessionOfTwoTopicsAndSayAllEndsInAnIdleReset) {
    input(Command::next, at(1s));  // wakes the kiosk: speech comes on
    EXPECT_EQ(taken(),
              (std::vector<UsageEvent>{
                  {Kind::session_began, "keypad", 0}, {Kind::input_method, "keypad", 0}, {Kind::speech, "on", 0}}));
    input(Command::activate, at(2s));
    input(Command::activate, at(3s));
    EXPECT_EQ(taken(),
              (std::vector<UsageEvent>{{Kind::category_viewed, "legal", 0}, {Kind::topic_viewed, "legal-aid", 0}}));
    input(Command::say_all, at(4s));
    EXPECT_EQ(taken(), (std::vector<UsageEvent>{{Kind::say_all, "", 0}}));
    input(Command::back, at(5s));
    input(Command::next, at(6s));
    input(Command::activate, at(7s));
    EXPECT_EQ(taken(), (std::vector<UsageEvent>{{Kind::topic_viewed, "hotlines", 0}}))
        << "coming back to the category is no view of it";
    step(at(7s + 120s + 19s));
    EXPECT_TRUE(taken().empty()) << "warned, not yet reset";
    step(at(7s + 140s));
    EXPECT_EQ(taken(), (std::vector<UsageEvent>{{Kind::session_ended, "idle_reset", 6}}))
        << "from the first input to the last, and the defaults it returns to are no change";
    input(Command::next, at(300s));
    EXPECT_EQ(taken().front(), (UsageEvent{Kind::session_began, "keypad", 0})) << "the next resident";
}

TEST_F(UsageEvents, ATouchOnAnInvitationBeginsASessionInItsLanguage) {
    tap(1, at(1s));  // "English" on the attract screen
    EXPECT_EQ(taken(),
              (std::vector<UsageEvent>{
                  {Kind::session_began, "touch", 0}, {Kind::language, "en", 0}, {Kind::input_method, "touch", 0}}));
    tap(0, at(2s));  // the first category; speech is off, so one tap opens it
    EXPECT_EQ(taken(), (std::vector<UsageEvent>{{Kind::category_viewed, "legal", 0}}));
    input(Command::next, at(3s));
    EXPECT_EQ(taken(), (std::vector<UsageEvent>{{Kind::input_method, "keypad", 0}}))
        << "each way of input once a session";
}

TEST_F(UsageEvents, SettingsChangedInASessionAreCountedAsTheirNewValues) {
    input(Command::next, at(1s));
    taken();
    input(Command::settings, at(2s));
    EXPECT_TRUE(taken().empty()) << "the settings screen is no view of the category focused below it";
    const Screen& settings = host_.kiosk().stack().top().screen;
    for (std::size_t i = 0; i < settings.focusable_count(); ++i) {
        const auto* adjust = std::get_if<AdjustSetting>(&settings.focusable(i).action);
        if (adjust == nullptr || adjust->setting != Setting::text_size) continue;
        while (host_.kiosk().stack().top().focus < i) input(Command::next, at(3s));
        break;
    }
    taken();
    input(Command::increase, at(4s));
    const std::vector<UsageEvent> changed = taken();
    ASSERT_EQ(changed.size(), 1u);
    EXPECT_EQ(changed[0].kind, Kind::text_size);
    EXPECT_EQ(changed[0].detail, std::to_string(host_.kiosk().preferences().text_size));
}

TEST_F(UsageEvents, PackUpdatesShownAndRefusedAndTheSessionTheyEnd) {
    KioskApp::Settings no_idle;
    no_idle.idle = IdlePolicy{0s, 0s, 60s, 0s, 20, 8};
    app_ = std::make_unique<KioskApp>(host_, std::move(no_idle), at(0s));
    collect(app_->begin(host_.kiosk().show_attract(), at(0s)));
    input(Command::next, at(1s));
    taken();
    AppInputs refused;
    refused.pack_refused = true;
    step(at(2s), refused);
    EXPECT_EQ(taken(), (std::vector<UsageEvent>{{Kind::pack_update, "refused", 0}}));
    AppInputs arrived;
    arrived.pack_arrived = true;
    step(at(3s), arrived);
    EXPECT_TRUE(taken().empty()) << "the resident touched the kiosk too recently";
    step(at(40s));
    EXPECT_EQ(taken(),
              (std::vector<UsageEvent>{{Kind::session_ended, "pack_update", 0}, {Kind::pack_update, "shown", 0}}));
}

TEST_F(UsageEvents, TheStaffCodeLeavesNoTraceButTheKeypad) {
    const auto hash = hash_staff_code("246810");
    ASSERT_TRUE(hash);
    auto checker = StaffCodeChecker::from_hash(*hash);
    ASSERT_TRUE(checker);
    KioskApp::Settings settings;
    settings.staff_code = std::move(*checker);
    app_ = std::make_unique<KioskApp>(host_, std::move(settings), at(0s));
    input(Command::next, at(1s));
    for (Command c : {Command::help, Command::settings, Command::help, Command::settings, Command::help}) {
        input(c, at(2s));
    }
    taken();
    AppInputs digits;
    for (char c : std::string("246810")) digits.inputs.push_back({Digit{c - '0'}, "digit"});
    digits.inputs.push_back({Command::activate, "Return"});
    step(at(3s), digits);
    EXPECT_TRUE(taken().empty()) << "the code opens the maintenance screen, which is no resident's use";
    // The staff leave through the maintenance screen's exit, pressed twice.
    for (int i = 0; i < 40 && host_.kiosk().stack().focused_item().label.rfind("退出查询机", 0) != 0; ++i) {
        input(Command::next, at(4s));
    }
    input(Command::activate, at(5s));
    input(Command::activate, at(5s));
    const std::vector<UsageEvent> events = taken();
    for (const UsageEvent& event : events) {
        EXPECT_EQ(event.detail.find_first_of("0123456789"), std::string::npos) << usage_kind_name(event.kind);
    }
    EXPECT_EQ(events, (std::vector<UsageEvent>{{Kind::session_ended, "staff_exit", 4}}));
}

}  // namespace
}  // namespace kiosk
