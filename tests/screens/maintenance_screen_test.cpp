// The staff maintenance screen through the Kiosk: the facts it is given, each an item of
// its own, spoken with its position; the tests of speech and sound; the exit that asks
// twice; Back; and that the staff prompt is reached by keys alone, never by touch.

#include <gtest/gtest.h>

#include <algorithm>

#include "core/content/pack_loader.h"
#include "core/speech/speech_settings.h"
#include "screens/kiosk.h"
#include "screens/maintenance_screen.h"
#include "support/fake_measurer.h"
#include "support/fixture_pack.h"

namespace kiosk {
namespace {

using namespace std::chrono_literals;

MaintenanceFacts facts() {
    MaintenanceFacts facts;
    facts.pack_id = "changyi";
    facts.pack_version = "1.4.0";
    facts.pack_source = "昌邑区残疾人事业发展规划";
    facts.review_by = "2026-06-30";
    facts.last_update = PackUpdateReport{false, {}, "pack.toml:3:1: version must go forward", "2026-12-01 09:30"};
    facts.audio_device = "Built-in Audio (pulseaudio)";
    facts.languages = {{"en", "English", "en-us", {{"Noto Sans", "NotoSans-Regular.ttf"}}, "This is English."},
                       {"zh-Hans",
                        "中文",
                        "cmn-latn-pinyin",
                        {{"Noto Sans CJK SC", "NotoSansCJK-Regular.ttc"}, {"Noto Sans", "NotoSans-Regular.ttf"}},
                        "这是中文。"}};
    facts.uptime = 50h + 3min + 59s;
    return facts;
}

class Maintenance : public ::testing::Test {
protected:
    void SetUp() override { make("en"); }

    void make(const std::string& locale) {
        kiosk_.reset();
        kiosk_ = std::make_unique<Kiosk>(pack_, testing::ui_strings(locale), measurer_, std::vector<LanguageChoice>{},
                                         Preferences{.speech = true});
        kiosk_->start();
        kiosk_->frame({1920, 1080});
    }
    Reaction act(const Input& input) {
        Reaction reaction = kiosk_->handle(input);
        kiosk_->frame({1920, 1080});
        return reaction;
    }
    // As the flow does once the code is right: the prompt, then the screen in its place.
    void open_prompt() {
        kiosk_->set_staff_prompt(true);
        for (Command c : {Command::help, Command::settings, Command::help, Command::settings, Command::help}) act(c);
        EXPECT_TRUE(kiosk_->entering_staff_code());
    }
    Reaction open(const MaintenanceFacts& given = facts()) {
        open_prompt();
        return kiosk_->open_maintenance(given);
    }
    const Screen& screen() const { return kiosk_->stack().top().screen; }
    std::vector<std::string> labels() const {
        std::vector<std::string> out;
        for (const Item& item : screen().items) out.push_back(item.label);
        return out;
    }
    bool shows(const std::string& label) const {
        const auto all = labels();
        return std::find(all.begin(), all.end(), label) != all.end();
    }
    void focus_on(const std::string& label) {
        for (int i = 0; i < 40 && kiosk_->stack().focused_item().label != label; ++i) act(Command::next);
        ASSERT_EQ(kiosk_->stack().focused_item().label, label);
    }

    testing::FakeMeasurer measurer_;
    Pack pack_ = [] {
        PackLoadResult loaded = load_pack(testing::source_path("content/changyi"));  // in all three languages
        EXPECT_TRUE(loaded.pack);
        return loaded.pack ? std::move(*loaded.pack) : Pack{};
    }();
    std::unique_ptr<Kiosk> kiosk_;
};

TEST_F(Maintenance, ShowsEachFactAsAnItemOfItsOwn) {
    const Reaction opened = open();
    ASSERT_EQ(screen().kind, ScreenKind::maintenance);
    EXPECT_FALSE(kiosk_->entering_staff_code()) << "the prompt gave way to the screen";
    ASSERT_FALSE(opened.speech.empty());
    EXPECT_EQ(opened.speech[0].utterance.display, "Maintenance. Test speech");
    EXPECT_NE(opened.speech[0].utterance.text.find("fifteen items"), std::string::npos)
        << opened.speech[0].utterance.text;
    const std::string refusal =
        "Last pack update: refused at 2026-12-01 09:30; the pack in use was kept. Reason: pack.toml:3:1: version must "
        "go "
        "forward";
    const std::vector<std::string> expected = {
        "Test speech",
        "Test sound",
        "Pack: changyi, version 1.4.0",
        "Source: 昌邑区残疾人事业发展规划",
        "Review by: 2026-06-30",
        refusal,
        "Sound device: Built-in Audio (pulseaudio)",
        "Speech: working",
        "Voices: English: en-us, 中文: cmn-latn-pinyin",
        "Fonts, English: Noto Sans (NotoSans-Regular.ttf)",
        "Fonts, 中文: Noto Sans CJK SC (NotoSansCJK-Regular.ttc), Noto Sans (NotoSans-Regular.ttf)",
        "Braille instructions: this pack has none ([braille] instructions in home.toml)",
        "Running for 2 days, 2 hours and 3 minutes",
        "Today's use: this kiosk records no usage statistics",
        "Exit the kiosk"};
    EXPECT_EQ(labels(), expected);
    ASSERT_EQ(screen().buttons.size(), 1u);
    EXPECT_EQ(screen().buttons[0].label, "Back");
}

TEST_F(Maintenance, EachItemIsSpokenWithItsRoleAndPosition) {
    open();
    Reaction r = act(Command::next);
    EXPECT_EQ(r.speech.at(0).utterance.display, "Test sound");
    EXPECT_NE(r.speech[0].utterance.text.find("Test sound, button"), std::string::npos) << r.speech[0].utterance.text;
    EXPECT_NE(r.speech[0].utterance.text.find("two of three"), std::string::npos)
        << "the second of three buttons: " << r.speech[0].utterance.text;
    r = act(Command::next);
    EXPECT_NE(r.speech.at(0).utterance.text.find("Pack: changyi, version one point four point zero"), std::string::npos)
        << "a version is no decimal number: " << r.speech[0].utterance.text;
    focus_on("Fonts, 中文: Noto Sans CJK SC (NotoSansCJK-Regular.ttc), Noto Sans (NotoSans-Regular.ttf)");
    r = act(Command::repeat);
    EXPECT_EQ(r.speech.at(0).utterance.text.find("ttc"), std::string::npos)
        << "font files are shown, not read aloud: " << r.speech[0].utterance.text;
}

TEST_F(Maintenance, SaysWhatIsMissingTruthfully) {
    MaintenanceFacts sparse = facts();
    sparse.pack_source.clear();
    sparse.review_by.clear();
    sparse.last_update.reset();
    sparse.audio_device.clear();
    sparse.uptime = 59s;
    open(sparse);
    EXPECT_TRUE(shows("Source: the pack names none"));
    EXPECT_TRUE(shows("Review by: the pack sets no date"));
    EXPECT_TRUE(shows("Last pack update: none since the kiosk started"));
    EXPECT_TRUE(shows("Sound device: none"));
    EXPECT_TRUE(shows("Speech: not heard, no sound device is open")) << ::testing::PrintToString(labels());
    EXPECT_TRUE(shows("Running for 0 hours and 0 minutes")) << ::testing::PrintToString(labels());
}

TEST_F(Maintenance, ShowsTheBrailleInstructionsOfItsLanguageInPrintAndBrailleAndSaysThePrint) {
    MaintenanceFacts given = facts();
    given.languages[0].braille_instructions = "Press any key";
    given.languages[0].braille_instructions_cells = "⠠⠏⠗⠑⠎⠎\n⠁⠝⠽⠀⠅⠑⠽";
    given.languages[1].braille_instructions = "按任意键";
    given.languages[1].braille_instructions_cells = "⠏⠁⠂";
    open(given);
    const std::string print =
        "Braille instructions (kiosk-pack braille-label makes the label for the keypad): Press any key";
    const std::string shown = print + "\n⠠⠏⠗⠑⠎⠎\n⠁⠝⠽⠀⠅⠑⠽";
    ASSERT_TRUE(shows(shown)) << "the English screen shows the English label: " << ::testing::PrintToString(labels());
    focus_on(shown);
    const Reaction r = act(Command::repeat);
    EXPECT_NE(r.speech.at(0).utterance.text.find(print), std::string::npos) << r.speech[0].utterance.text;
    EXPECT_EQ(r.speech[0].utterance.text.find("⠏"), std::string::npos)
        << "braille cells are shown, not read aloud: " << r.speech[0].utterance.text;
}

TEST_F(Maintenance, ShowsTodaysUsageAndAShownUpdate) {
    MaintenanceFacts full = facts();
    full.usage_today = UsageTally{1, 12, 0};
    full.last_update = PackUpdateReport{true, "1.5.0", {}, "2026-12-01 10:00"};
    full.speech = SpeechEngine::turned_off;
    open(full);
    EXPECT_TRUE(shows("Today: 1 session, 12 topics opened, 0 sessions with speech on"))
        << ::testing::PrintToString(labels());
    EXPECT_TRUE(shows("Last pack update: version 1.5.0 shown at 2026-12-01 10:00"));
    EXPECT_TRUE(shows("Speech: turned off when the kiosk started"));
}

TEST_F(Maintenance, ShowsThePackChannelItFollows) {
    MaintenanceFacts followed = facts();
    followed.channel = ChannelReport{"stable", {}, {}, 0};
    open(followed);
    EXPECT_TRUE(shows("Pack channel stable: nothing installed from it yet; not checked since the kiosk started"))
        << ::testing::PrintToString(labels());
    followed.channel = ChannelReport{"stable", "2026-12-01 10:05",
                                     "the index's sequence 4 is older than the installed 7: refused as a rollback", 7};
    make("zh-Hans");
    open(followed);
    EXPECT_TRUE(
        shows("内容包频道stable：已安装序号7；最近一次检查2026-12-01 10:05：the index's sequence 4 is older than "
              "the installed 7: refused as a rollback"))
        << ::testing::PrintToString(labels());
}

TEST_F(Maintenance, TestSpeechSaysASentenceInEachVoiceTheLanguageInUseFirst) {
    open();
    const Reaction r = act(Command::activate);
    ASSERT_EQ(r.speech.size(), 2u);
    EXPECT_EQ(r.speech[0].utterance.voice, "en-us");
    EXPECT_EQ(r.speech[0].utterance.display, "This is English.");
    EXPECT_EQ(r.speech[0].interrupt, Interrupt::yes);
    EXPECT_EQ(r.speech[1].utterance.voice, "cmn-latn-pinyin");
    EXPECT_EQ(r.speech[1].interrupt, Interrupt::no) << "one after the other";
    EXPECT_TRUE(r.always_heard);
    for (const SpeechRequest& request : r.speech) {
        EXPECT_EQ(request.utterance.volume, SpeechSettings::kVolumes.back())
            << "at the loudest step, to check the hall";
    }
}

TEST_F(Maintenance, TestSoundPlaysAnEarconThenSaysSo) {
    open();
    act(Command::next);
    const Reaction r = act(Command::activate);
    EXPECT_EQ(r.earcon, Earcon::activate);
    ASSERT_EQ(r.speech.size(), 1u);
    EXPECT_EQ(r.speech[0].utterance.display, "That was the test sound.");
}

TEST_F(Maintenance, TheExitAsksForASecondPressAndAnyOtherKeyTakesTheFirstBack) {
    open();
    focus_on("Exit the kiosk");
    Reaction r = act(Command::activate);
    EXPECT_FALSE(r.exit_kiosk);
    EXPECT_EQ(r.speech.at(0).utterance.display, "Press Enter again to exit the kiosk. Any other key keeps it running.");
    EXPECT_EQ(kiosk_->stack().focused_item().label, "Press Enter again to exit the kiosk") << "shown, too";
    act(Command::previous);
    act(Command::next);
    EXPECT_EQ(kiosk_->stack().focused_item().label, "Exit the kiosk") << "moving away took the first press back";
    EXPECT_FALSE(act(Command::activate).exit_kiosk);
    EXPECT_TRUE(act(Command::activate).exit_kiosk);
}

TEST_F(Maintenance, BackLeavesForWhereStaffWereBeforeTheCode) {
    open_prompt();
    const std::size_t depth = kiosk_->stack().depth();
    kiosk_->open_maintenance(facts());
    EXPECT_EQ(kiosk_->stack().depth(), depth) << "the screen takes the prompt's place";
    const Reaction r = act(Command::back);
    EXPECT_EQ(kiosk_->stack().depth(), depth - 1);
    EXPECT_EQ(screen().kind, ScreenKind::settings) << "where the keys before the prompt led";
    EXPECT_FALSE(r.exit_kiosk);
}

TEST_F(Maintenance, IsWordedInChineseAndKorean) {
    for (const char* locale : {"zh-Hans", "ko"}) {
        make(locale);
        open();
        for (const std::string& label : labels()) {
            EXPECT_EQ(label.find("Test"), std::string::npos) << locale << ": " << label;
            EXPECT_EQ(label.find("Running"), std::string::npos) << locale << ": " << label;
        }
    }
    EXPECT_TRUE(shows("실행 시간: 2일 2시간 3분")) << ::testing::PrintToString(labels());
}

TEST_F(Maintenance, TouchCannotReachTheStaffPrompt) {
    kiosk_->set_staff_prompt(true);
    // The footer's Help and Settings buttons, tapped in the keypad sequence's order (with
    // speech on a first tap reads a button, a second opens it), carry out their actions,
    // not the keypad's commands: no prompt opens.
    auto tap_twice = [&](const std::string& label) {
        const auto& layout = kiosk_->layout();
        ASSERT_TRUE(layout);
        for (std::size_t i = 0; i < screen().focusable_count(); ++i) {
            if (screen().focusable(i).label != label) continue;
            const Rect box = layout->on_screen(i, kiosk_->stack().top().scroll);
            act(Tap{box.x + box.w / 2, box.y + box.h / 2});
            act(Tap{box.x + box.w / 2, box.y + box.h / 2});
            return;
        }
        ADD_FAILURE() << "no button " << label << " on " << screen().title;
    };
    for (const char* label : {"Help", "Settings", "Help", "Settings", "Help"}) {
        tap_twice(label);
        EXPECT_FALSE(kiosk_->entering_staff_code()) << label;
    }
    EXPECT_EQ(screen().kind, ScreenKind::help) << "the taps did what they say";
    for (Command c : {Command::help, Command::settings, Command::help, Command::settings, Command::help}) act(c);
    EXPECT_TRUE(kiosk_->entering_staff_code()) << "the same by keys opens it";
}

}  // namespace
}  // namespace kiosk
