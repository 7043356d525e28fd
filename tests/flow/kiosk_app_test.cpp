// The kiosk over time, on a made-up clock: the idle warning, reset, attract screen and
// invitations (not in the quiet hours), a waiting pack shown only when nobody uses the
// kiosk, say-all handed over a few utterances at a time, what a cancel cut off, the
// deadline the shell must wake at, and a headset plugged in and out. No SDL, no sleeping.

#include "flow/kiosk_app.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

#include "support/fake_headset_jack.h"
#include "support/fake_measurer.h"
#include "support/fixture_pack.h"

namespace kiosk {
namespace {

using namespace std::chrono_literals;
using TimePoint = Moment::Clock::time_point;

constexpr Size kViewport{1920, 1080};

// Holds a real Kiosk on the fake measurer, as the app's Session does with real fonts.
class TestHost : public KioskHost {
public:
    TestHost() : pack_(testing::mini_pack()) { make(Preferences{})->show_attract(); }

    Kiosk& kiosk() override { return *kiosk_; }
    Reaction reset() override {
        ++resets;
        return make(Preferences{})->start_fresh();
    }
    Reaction switch_locale(const std::string&) override { return make(kiosk_->preferences())->start(); }
    void show_waiting_pack() override {
        ++packs_shown;
        make(Preferences{})->show_attract();
    }
    MaintenanceFacts maintenance_facts() override {
        ++facts_asked;
        return facts;
    }

    int resets = 0;
    int packs_shown = 0;
    int facts_asked = 0;
    MaintenanceFacts facts = {"mini",
                              "1.0.0",
                              "Test source",
                              "2030-01-01",
                              std::nullopt,
                              "Test device",
                              SpeechEngine::running,
                              {{"zh-Hans", "中文", "cmn-latn-pinyin", {}, "这是本机的中文语音。"},
                               {"en", "English", "en-us", {}, "This is the English voice of the kiosk."}},
                              {},
                              std::nullopt};

private:
    Kiosk* make(Preferences preferences) {
        kiosk_.reset();
        const std::vector<LanguageChoice> languages = {
            {"zh-Hans", "中文", "cmn-latn-pinyin", "请触摸屏幕或按任意键开始"},
            {"en", "English", "en-us", "Touch the screen or press any key to start"}};
        kiosk_ = std::make_unique<Kiosk>(pack_, testing::ui_strings("zh-Hans"), measurer_, languages,
                                         std::move(preferences));
        return kiosk_.get();
    }

    testing::FakeMeasurer measurer_;
    Pack pack_;
    std::unique_ptr<Kiosk> kiosk_;
};

std::vector<std::string> notes(const AppOutputs& out) {
    std::vector<std::string> found;
    for (const LogEntry& entry : out.log) {
        if (entry.kind == LogEntry::Kind::note) found.push_back(entry.text);
    }
    return found;
}

std::vector<SpeakCommand> spoken(const AppOutputs& out) {
    std::vector<SpeakCommand> found;
    for (const SpeechCall& call : out.speech) {
        if (const auto* sequence = std::get_if<SpeechSequence>(&call)) {
            for (const SpeechCommand& command : *sequence) {
                if (const auto* speak = std::get_if<SpeakCommand>(&command)) found.push_back(*speak);
            }
        }
    }
    return found;
}

bool cancels(const AppOutputs& out) {
    return std::any_of(out.speech.begin(), out.speech.end(),
                       [](const SpeechCall& call) { return std::holds_alternative<CancelSpeech>(call); });
}

class Flow : public ::testing::Test {
protected:
    void SetUp() override { make_app({}); }

    void make_app(KioskApp::Settings settings) {
        settings.idle = IdlePolicy{120s, 20s, 60s, 180s, 20, 8};
        app_ = std::make_unique<KioskApp>(host_, std::move(settings), at(0s));
        drawn(app_->begin(host_.kiosk().show_attract(), at(0s)));
    }

    Moment at(Moment::Clock::duration since_start, int hour = 12) const { return {start_ + since_start, hour}; }
    TimePoint time(Moment::Clock::duration since_start) const { return start_ + since_start; }

    // As the shell does: a redraw lays the screen out.
    AppOutputs drawn(AppOutputs out) {
        if (out.redraw) host_.kiosk().frame(kViewport);
        return out;
    }
    AppOutputs step(Moment now, const AppInputs& inputs = {}) { return drawn(app_->step(inputs, now)); }
    AppOutputs press(Command command, Moment now) {
        AppInputs inputs;
        inputs.inputs.push_back({command, "key"});
        return step(now, inputs);
    }
    AppOutputs event(SpeechEvent::Kind kind, std::uint64_t id, Moment now) {
        AppInputs inputs;
        inputs.speech_events.push_back({kind, id, now.now});
        return step(now, inputs);
    }

    const TimePoint start_ = Moment::Clock::time_point{} + 1000h;
    TestHost host_;
    std::unique_ptr<KioskApp> app_;
};

TEST_F(Flow, WarningCountdownResetAttractAndAnInvitation) {
    EXPECT_TRUE(host_.kiosk().showing_attract());
    press(Command::next, at(1s));  // wakes the kiosk
    EXPECT_FALSE(host_.kiosk().at_rest());
    AppOutputs out = step(at(100s));
    EXPECT_TRUE(out.speech.empty());
    EXPECT_EQ(out.deadline, time(121s)) << "the warning, 120 s after the last input";

    out = step(at(121s));
    ASSERT_EQ(spoken(out).size(), 1u);
    EXPECT_NE(spoken(out)[0].utterance.text.find("还在使用吗"), std::string::npos) << spoken(out)[0].utterance.text;
    EXPECT_EQ(host_.kiosk().idle_warning(), 20);
    EXPECT_EQ(out.deadline, time(122s)) << "the countdown's next second";

    out = step(at(130s + 500ms));
    EXPECT_EQ(host_.kiosk().idle_warning(), 11);
    EXPECT_TRUE(spoken(out).empty()) << "the countdown is shown, not said";
    EXPECT_EQ(host_.resets, 0);

    out = step(at(141s));
    EXPECT_EQ(host_.resets, 1);
    EXPECT_EQ(notes(out), std::vector<std::string>{"idle reset"});
    EXPECT_TRUE(cancels(out)) << "what the last resident heard stops";
    EXPECT_TRUE(host_.kiosk().at_rest());
    EXPECT_FALSE(host_.kiosk().showing_attract());
    EXPECT_EQ(out.deadline, time(201s)) << "the attract screen, 60 s after the reset";

    out = step(at(201s));
    EXPECT_TRUE(host_.kiosk().showing_attract());
    EXPECT_TRUE(spoken(out).empty());
    EXPECT_EQ(out.deadline, time(321s)) << "the invitation, 180 s after the reset";

    out = step(at(321s));
    ASSERT_EQ(spoken(out).size(), 2u) << "an invitation in each language";
    EXPECT_EQ(spoken(out)[1].utterance.text, "Touch the screen or press any key to start");
    EXPECT_EQ(out.deadline, time(501s));
}

TEST_F(Flow, AnInvitationInTheQuietHoursIsNotSpoken) {
    AppOutputs out = step(at(60s, 22));
    EXPECT_EQ(out.deadline, time(180s));
    out = step(at(180s, 22));  // 22:00, in the quiet hours from 20 to 8
    EXPECT_TRUE(spoken(out).empty());
    EXPECT_EQ(out.deadline, time(360s)) << "the next one is still planned";
    out = step(at(360s, 7));
    EXPECT_TRUE(spoken(out).empty()) << "7:00 is still quiet";
    out = step(at(540s, 8));
    EXPECT_EQ(spoken(out).size(), 2u) << "from 8:00 the kiosk invites again";
}

TEST_F(Flow, AWaitingPackIsShownOnlyAfterTheKioskWasLeftAlone) {
    press(Command::next, at(5s));
    AppInputs arrived;
    arrived.pack_arrived = true;
    AppOutputs out = step(at(10s), arrived);
    EXPECT_FALSE(out.pack_shown);
    EXPECT_EQ(out.deadline, time(35s)) << "30 s after the last input";
    press(Command::next, at(20s));
    out = step(at(35s));
    EXPECT_FALSE(out.pack_shown) << "the resident touched the kiosk again";
    EXPECT_EQ(out.deadline, time(50s));
    out = step(at(50s));
    EXPECT_TRUE(out.pack_shown);
    EXPECT_TRUE(out.redraw);
    EXPECT_TRUE(cancels(out));
    EXPECT_EQ(host_.packs_shown, 1);
    EXPECT_TRUE(host_.kiosk().showing_attract());
    EXPECT_FALSE(step(at(90s)).pack_shown) << "shown once";
}

TEST_F(Flow, SayAllIsHandedOverWhenNoMoreThanTwoUtterancesAreLeft) {
    press(Command::next, at(1s));                              // wake
    press(Command::activate, at(2s));                          // legal aid
    press(Command::activate, at(3s));                          // its topic
    for (int i = 0; i < 4; ++i) press(Command::next, at(4s));  // a claim of two sentences
    AppOutputs out = press(Command::say_all, at(5s));
    std::vector<SpeakCommand> queued = spoken(out);
    ASSERT_FALSE(queued.empty());
    ASSERT_LE(queued.size(), 3u) << "a few utterances at a time";
    std::vector<std::string> heard;
    std::size_t refills = 0;
    auto now = 6s;
    while (!queued.empty()) {
        const SpeakCommand next = queued.front();
        queued.erase(queued.begin());
        event(SpeechEvent::Kind::audio_start, next.id, at(now));
        heard.push_back(next.utterance.display);
        out = event(SpeechEvent::Kind::done, next.id, at(now += 1s));
        const std::vector<SpeakCommand> more = spoken(out);
        if (queued.size() > 2) {
            EXPECT_TRUE(more.empty()) << "more than two still to hear";
        } else if (!more.empty()) {
            ++refills;
        }
        queued.insert(queued.end(), more.begin(), more.end());
        ASSERT_LT(heard.size(), 100u);
    }
    EXPECT_GE(refills, 1u);
    ASSERT_GE(heard.size(), 3u);
    EXPECT_EQ(heard[0], "规划目标（约束性）·三（四）1\n") << "the claim's kind first";
    EXPECT_EQ(heard[1], "免费的法律咨询和代理。");
    EXPECT_EQ(heard[2], "涉及残疾人的刑事案件都提供法律援助。");
}

TEST_F(Flow, ACancelLogsWhatWasHeardElseWhatWasQueuedFirst) {
    const std::vector<SpeakCommand> waking = spoken(press(Command::next, at(1s)));
    ASSERT_EQ(waking.size(), 2u) << "how to use the keys, then where you are";
    AppOutputs out = press(Command::next, at(2s));
    auto cut = std::find_if(out.log.begin(), out.log.end(),
                            [](const LogEntry& e) { return e.kind == LogEntry::Kind::cancel; });
    ASSERT_NE(cut, out.log.end());
    EXPECT_EQ(cut->id, waking[0].id) << "nothing heard yet: the first queued";

    const std::vector<SpeakCommand> moved = spoken(out);
    ASSERT_EQ(moved.size(), 1u);
    event(SpeechEvent::Kind::audio_start, moved[0].id, at(3s));
    out = press(Command::next, at(4s));
    cut = std::find_if(out.log.begin(), out.log.end(),
                       [](const LogEntry& e) { return e.kind == LogEntry::Kind::cancel; });
    ASSERT_NE(cut, out.log.end());
    EXPECT_EQ(cut->id, moved[0].id);
    EXPECT_EQ(cut->utterance.text, moved[0].utterance.text);

    out = event(SpeechEvent::Kind::done, moved[0].id, at(5s));
    EXPECT_TRUE(out.log.empty()) << "a late event of what was cut off is not logged";
}

TEST_F(Flow, TheEarconComesBeforeTheWordsInOneSequenceAfterTheCancel) {
    const AppOutputs out = press(Command::next, at(1s));
    ASSERT_GE(out.speech.size(), 2u);
    EXPECT_TRUE(std::holds_alternative<CancelSpeech>(out.speech[0]));
    const auto* sequence = std::get_if<SpeechSequence>(&out.speech.back());
    ASSERT_NE(sequence, nullptr);
    ASSERT_EQ(sequence->size(), 3u);
    EXPECT_TRUE(std::holds_alternative<EarconCommand>(sequence->front()));
    EXPECT_EQ(out.log.front().kind, LogEntry::Kind::key);
    EXPECT_EQ(out.log[1].kind, LogEntry::Kind::earcon);
}

TEST_F(Flow, NoDeadlineWhenNothingIsTimed) {
    KioskApp::Settings quiet;  // never warn, never invite
    quiet.idle.timeout = 0s;
    quiet.idle.invite_every = 0s;
    app_ = std::make_unique<KioskApp>(host_, std::move(quiet), at(0s));
    press(Command::next, at(1s));
    EXPECT_FALSE(step(at(2s)).deadline.has_value());
    AppInputs arrived;
    arrived.pack_arrived = true;
    EXPECT_EQ(step(at(3s), arrived).deadline, time(31s)) << "a waiting pack still waits for its moment";
}

// The staff code on the keypad, with a code of 246810, on the made-up clock.
class StaffFlow : public Flow {
protected:
    void SetUp() override {
        const auto hash = hash_staff_code("246810");
        ASSERT_TRUE(hash);
        auto checker = StaffCodeChecker::from_hash(*hash);
        ASSERT_TRUE(checker) << checker.error().to_string();
        KioskApp::Settings settings;
        settings.staff_code = std::move(*checker);
        make_app(std::move(settings));
        press(Command::next, at(1s));  // wake
    }

    AppOutputs enter(const std::string& code, Moment now) {
        for (Command c : {Command::help, Command::settings, Command::help, Command::settings, Command::help}) {
            press(c, now);
        }
        EXPECT_TRUE(host_.kiosk().entering_staff_code());
        AppInputs digits;
        for (char c : code) digits.inputs.push_back({Digit{c - '0'}, "digit"});
        digits.inputs.push_back({Command::activate, "Return"});
        return step(now, digits);
    }
    ScreenKind shown() { return host_.kiosk().stack().top().screen.kind; }
    // Moves the focus to the item whose label starts with `label`.
    void focus_on(const std::string& label, Moment now) {
        for (int i = 0; i < 40 && host_.kiosk().stack().focused_item().label.rfind(label, 0) != 0; ++i) {
            press(Command::next, now);
        }
        ASSERT_EQ(host_.kiosk().stack().focused_item().label.rfind(label, 0), 0u) << label;
    }
};

TEST_F(StaffFlow, TheStaffCodeWaitGrowsOnTheInjectedClock) {
    AppOutputs out = enter("111111", at(2s));
    EXPECT_EQ(notes(out), std::vector<std::string>{"wrong staff code; next try in 2 s"});
    EXPECT_NE(shown(), ScreenKind::maintenance);
    out = enter("246810", at(3s));
    EXPECT_EQ(notes(out), std::vector<std::string>{"staff code too soon; next try in 1 s"});
    EXPECT_NE(shown(), ScreenKind::maintenance) << "the right code, too soon, is not even tried";
    out = enter("246810", at(5s));
    EXPECT_EQ(notes(out), std::vector<std::string>{"staff maintenance"});
    EXPECT_EQ(shown(), ScreenKind::maintenance);
    EXPECT_FALSE(out.quit) << "the code opens the maintenance screen; only its exit ends the kiosk";
}

TEST_F(StaffFlow, TheRightCodeOpensTheMaintenanceScreenWithTheHostsFactsAndTheUptime) {
    host_.facts.usage_today = UsageTally{4, 9, 1};
    const AppOutputs out = enter("246810", at(3h + 25min + 10s));
    ASSERT_EQ(shown(), ScreenKind::maintenance);
    EXPECT_EQ(host_.facts_asked, 1) << "gathered as the screen opens";
    const std::vector<SpeakCommand> said = spoken(out);
    ASSERT_FALSE(said.empty());
    EXPECT_EQ(said.back().utterance.display, "维护。测试语音") << "title, then the focused item";
    std::vector<std::string> labels;
    for (const Item& item : host_.kiosk().stack().top().screen.items) labels.push_back(item.label);
    auto has = [&](const std::string& label) { return std::find(labels.begin(), labels.end(), label) != labels.end(); };
    EXPECT_TRUE(has("内容包：mini，版本1.0.0")) << ::testing::PrintToString(labels);
    EXPECT_TRUE(has("已运行3小时25分钟")) << "from the injected start: " << ::testing::PrintToString(labels);
    EXPECT_TRUE(has("今天：使用4次，打开主题9个，其中1次开启了语音")) << ::testing::PrintToString(labels);
}

TEST_F(StaffFlow, TheExitEndsTheKioskOnlyOnItsSecondPress) {
    enter("246810", at(2s));
    focus_on("退出查询机", at(3s));
    AppOutputs out = press(Command::activate, at(4s));
    EXPECT_FALSE(out.quit);
    EXPECT_EQ(spoken(out).at(0).utterance.display, "再按一次确认键就会退出查询机。按其他键则继续运行。");
    press(Command::repeat, at(5s));  // another key takes the first press back
    out = press(Command::activate, at(6s));
    EXPECT_FALSE(out.quit) << "asks again";
    out = press(Command::activate, at(7s));
    EXPECT_TRUE(out.quit);
    EXPECT_EQ(notes(out), std::vector<std::string>{"staff exit"});
}

TEST_F(StaffFlow, TheTestsOfSpeechAndSoundGoOutAsSpeechData) {
    enter("246810", at(2s));
    AppOutputs out = press(Command::activate, at(3s));  // "测试语音" has focus first
    const std::vector<SpeakCommand> voices = spoken(out);
    ASSERT_EQ(voices.size(), 2u) << "each language in its own voice";
    EXPECT_EQ(voices[0].utterance.voice, "cmn-latn-pinyin");
    EXPECT_EQ(voices[0].utterance.display, "这是本机的中文语音。");
    EXPECT_EQ(voices[1].utterance.voice, "en-us");
    EXPECT_EQ(voices[1].utterance.display, "This is the English voice of the kiosk.");
    press(Command::next, at(4s));
    out = press(Command::activate, at(5s));  // "测试声音"
    const auto* sequence = std::get_if<SpeechSequence>(&out.speech.back());
    ASSERT_NE(sequence, nullptr);
    const auto* earcon = std::get_if<EarconCommand>(&sequence->front());
    ASSERT_NE(earcon, nullptr) << "the tone goes the way every earcon goes";
    EXPECT_EQ(spoken(out).at(0).utterance.display, "刚才是测试提示音。");
}

TEST_F(StaffFlow, TheIdleResetClosesTheMaintenanceScreen) {
    enter("246810", at(2s));
    focus_on("退出查询机", at(2s));
    press(Command::activate, at(2s));  // a first press of the exit, then the staff walk away
    AppOutputs out = step(at(122s));
    EXPECT_TRUE(host_.kiosk().idle_warning().has_value()) << "the warning comes here as anywhere";
    out = step(at(142s));
    EXPECT_EQ(notes(out), std::vector<std::string>{"idle reset"});
    EXPECT_EQ(host_.resets, 1);
    EXPECT_NE(shown(), ScreenKind::maintenance);
    EXPECT_FALSE(out.quit);
    out = press(Command::activate, at(143s));
    EXPECT_FALSE(out.quit) << "the exit's first press went with the screen";
}

TEST_F(StaffFlow, TheIdleWarningTakesTheExitsFirstPressBack) {
    enter("246810", at(2s));
    focus_on("退出查询机", at(2s));
    press(Command::activate, at(2s));
    step(at(122s));
    ASSERT_TRUE(host_.kiosk().idle_warning().has_value());
    press(Command::activate, at(123s));  // dismisses the warning
    EXPECT_EQ(shown(), ScreenKind::maintenance);
    const AppOutputs out = press(Command::activate, at(124s));
    EXPECT_FALSE(out.quit) << "the exit asks again after the warning";
}

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

// Private listening on a headset (EZ Access), with a simulated jack reported as the shell
// reports ALSA's: speech moves to the headset and speech mode starts, and unplugging moves
// it back with a notice; privacy mode may require a headset.
class HeadsetFlow : public Flow {
protected:
    void with_privacy_rule(bool privacy_needs_headset) {
        KioskApp::Settings settings;
        settings.privacy_needs_headset = privacy_needs_headset;
        make_app(std::move(settings));
    }
    // The jack's change, as the event loop hands it to the app; at the time `now_`.
    void jack_changed() {
        AppInputs inputs;
        inputs.headset = jack_.headset_present();
        last_ = step(now_, inputs);
    }
    AppOutputs toggle_privacy(Moment now) {
        if (host_.kiosk().at_rest()) press(Command::next, now);  // the first key only wakes the kiosk
        press(Command::settings, now);
        for (int i = 0; i < 20 && host_.kiosk().stack().focused_item().label != "隐私模式"; ++i) {
            press(Command::next, now);
        }
        EXPECT_EQ(host_.kiosk().stack().focused_item().label, "隐私模式");
        return press(Command::activate, now);
    }
    static std::vector<std::string> said(const AppOutputs& out) {
        std::vector<std::string> words;
        for (const SpeakCommand& speak : spoken(out)) words.push_back(speak.utterance.display);
        return words;
    }
    static bool begins_with_cancel(const AppOutputs& out) {
        return !out.speech.empty() && std::holds_alternative<CancelSpeech>(out.speech.front());
    }

    Moment now_ = at(0s);
    AppOutputs last_;
    testing::FakeHeadsetJack jack_{[this] { jack_changed(); }};
};

TEST_F(HeadsetFlow, APlugMovesSpeechToTheHeadsetStartsSpeechAndSaysSo) {
    ASSERT_FALSE(host_.kiosk().preferences().speech);
    now_ = at(10s);
    jack_.plug();
    ASSERT_EQ(last_.audio_route, AudioRoute::headset);
    EXPECT_TRUE(begins_with_cancel(last_)) << "what the speakers were saying stops before speech moves";
    const std::vector<std::string> words = said(last_);
    ASSERT_GE(words.size(), 2u);
    EXPECT_EQ(words.front(), "耳机已连接，语音改由耳机播放，扬声器已关闭。");
    EXPECT_EQ(words[1], "语音已开启。按上键、下键选择，按确认键打开，按返回键后退，按帮助键听说明。")
        << "on a kiosk nobody was using, the plug wakes it as the first key does";
    EXPECT_TRUE(host_.kiosk().preferences().speech);
    EXPECT_EQ(host_.kiosk().stack().top().screen.kind, ScreenKind::home);
    EXPECT_EQ(notes(last_), std::vector<std::string>{"headset plugged in"});

    now_ = at(20s);
    jack_.unplug();
    ASSERT_EQ(last_.audio_route, AudioRoute::speakers);
    EXPECT_TRUE(begins_with_cancel(last_));
    EXPECT_EQ(said(last_), std::vector<std::string>{"耳机已拔出，语音改由扬声器播放。"});
    EXPECT_EQ(notes(last_), std::vector<std::string>{"headset unplugged"});
    EXPECT_TRUE(host_.kiosk().preferences().speech) << "a resident still there keeps hearing the kiosk";
}

TEST_F(HeadsetFlow, TheUnplugNoticeIsHeardEvenWithSpeechTurnedOff) {
    now_ = at(1s);
    jack_.plug();
    press(Command::settings, at(2s));
    for (int i = 0; i < 20 && host_.kiosk().stack().focused_item().label != "语音朗读"; ++i)
        press(Command::next, at(2s));
    press(Command::activate, at(3s));
    ASSERT_FALSE(host_.kiosk().preferences().speech);
    now_ = at(4s);
    jack_.unplug();
    EXPECT_EQ(said(last_), std::vector<std::string>{"耳机已拔出，语音改由扬声器播放。"});
}

TEST_F(HeadsetFlow, AJackReportingTheSameStateAgainChangesNothing) {
    now_ = at(1s);
    jack_.unplug();
    EXPECT_FALSE(last_.audio_route.has_value()) << "no headset at start is no unplug";
    EXPECT_TRUE(said(last_).empty());
    jack_.plug();
    jack_.plug();
    EXPECT_FALSE(last_.audio_route.has_value());
    EXPECT_TRUE(said(last_).empty());
}

TEST_F(HeadsetFlow, APlugCountsAsSomeoneThereForTheIdleTimer) {
    press(Command::next, at(1s));
    now_ = at(100s);
    jack_.plug();
    step(at(215s));
    EXPECT_FALSE(host_.kiosk().idle_warning().has_value()) << "120 s after the plug, not after the key";
    step(at(221s));
    EXPECT_TRUE(host_.kiosk().idle_warning().has_value());
}

TEST_F(HeadsetFlow, WithoutTheRulePrivacyModeNeedsNoHeadsetAndOutlivesAnUnplug) {
    toggle_privacy(at(1s));
    ASSERT_TRUE(host_.kiosk().preferences().privacy);
    now_ = at(2s);
    jack_.plug();
    jack_.unplug();
    EXPECT_TRUE(host_.kiosk().preferences().privacy);
    EXPECT_EQ(said(last_), std::vector<std::string>{"耳机已拔出，语音改由扬声器播放。"});
}

TEST_F(HeadsetFlow, WithTheRulePrivacyModeIsRefusedWithoutAHeadsetAndSaysWhy) {
    with_privacy_rule(true);
    const AppOutputs out = toggle_privacy(at(1s));
    EXPECT_FALSE(host_.kiosk().preferences().privacy);
    EXPECT_EQ(said(out), std::vector<std::string>{"隐私模式需要耳机。请先插入耳机。"});

    now_ = at(2s);
    jack_.plug();
    const AppOutputs on = press(Command::activate, at(3s));  // still on the privacy setting
    EXPECT_TRUE(host_.kiosk().preferences().privacy);
    EXPECT_EQ(said(on), std::vector<std::string>{"隐私模式已开启，屏幕已关闭，内容只用声音播报"});
}

TEST_F(HeadsetFlow, WithTheRuleUnpluggingEndsPrivacyModeAndTheNoticeSaysSo) {
    with_privacy_rule(true);
    now_ = at(1s);
    jack_.plug();
    toggle_privacy(at(2s));
    ASSERT_TRUE(host_.kiosk().preferences().privacy);
    now_ = at(3s);
    jack_.unplug();
    EXPECT_FALSE(host_.kiosk().preferences().privacy);
    EXPECT_TRUE(last_.redraw) << "the screen shows again";
    EXPECT_EQ(last_.audio_route, AudioRoute::speakers);
    EXPECT_EQ(said(last_), std::vector<std::string>{"耳机已拔出，隐私模式已关闭，屏幕已恢复，语音改由扬声器播放。"});
    EXPECT_EQ(notes(last_), std::vector<std::string>{"headset unplugged; privacy mode ends"});
    toggle_privacy(at(4s));
    EXPECT_FALSE(host_.kiosk().preferences().privacy) << "and it cannot come back on without the headset";
}

}  // namespace
}  // namespace kiosk
