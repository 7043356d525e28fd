#include "screens/kiosk.h"

#include <gtest/gtest.h>

#include "core/content/pack_loader.h"
#include "support/fake_measurer.h"
#include "support/paths.h"

namespace kiosk {
namespace {

const std::string kSourceStatusSpoken =
    "内容依据：测试区“十四五”残疾人保障和发展规划（讨论稿），这是一份讨论稿，其中的规划目标不一定已经实现。规划期：二零"
    "二一到二零二五年。";

class KioskJourney : public ::testing::Test {
protected:
    void SetUp() override {
        PackLoadResult loaded = load_pack(testing::fixture_path("mini-pack"));
        ASSERT_TRUE(loaded.pack);
        pack_ = std::move(*loaded.pack);
        auto strings = UiStrings::open(testing::strings_dir(), "zh-Hans");
        ASSERT_TRUE(strings) << strings.error().to_string();
        kiosk_ = std::make_unique<Kiosk>(pack_, std::move(*strings), measurer_, std::vector<LanguageChoice>{},
                                         Preferences{.speech = true});
        last_ = kiosk_->start();
        kiosk_->frame(kViewport);
    }

    // Presses a key, draws the frame the shell would draw, and returns what was said.
    std::string press(Command command) {
        last_ = kiosk_->handle(command);
        if (last_.redraw) kiosk_->frame(kViewport);
        return said();
    }
    std::string said() const { return last_.speech.empty() ? "" : last_.speech.back().utterance.text; }
    const Screen& screen() const { return kiosk_->stack().top().screen; }
    const Item& focused() const { return kiosk_->stack().focused_item(); }

    static constexpr Size kViewport{1920, 1080};
    testing::FakeMeasurer measurer_;
    Pack pack_;
    std::unique_ptr<Kiosk> kiosk_;
    Reaction last_;
};

TEST_F(KioskJourney, NumbersAreSpokenAsWordsButShownAsDigits) {
    EXPECT_EQ(last_.speech[0].utterance.display, "测试指南。法律援助");
    EXPECT_EQ(kiosk_->stack().focused_item().detail, "2项");
    EXPECT_EQ(
        said(),
        "测试指南，依据规划讨论稿：测试区“十四五”残疾人保障和发展规划（讨论稿），规划期二零二一到二零二五年，共两项。"
        "法律援助，类别，两项，第一项，共两项");
}

TEST(KioskVoices, ThePackMayNameTheVoiceOfALanguage) {
    PackLoadResult loaded = load_pack(testing::fixture_path("mini-pack"));
    ASSERT_TRUE(loaded.pack);
    loaded.pack->manifest.voices["zh-Hans"] = "cmn";
    auto strings = UiStrings::open(testing::strings_dir(), "zh-Hans");
    testing::FakeMeasurer measurer;
    Kiosk kiosk(*loaded.pack, std::move(*strings), measurer, {}, Preferences{.speech = true});
    EXPECT_EQ(kiosk.start().speech.at(0).utterance.voice, "cmn");
}

TEST_F(KioskJourney, StartSaysWhereYouAreAndTheFocusedCategory) {
    EXPECT_EQ(
        said(),
        "测试指南，依据规划讨论稿：测试区“十四五”残疾人保障和发展规划（讨论稿），规划期二零二一到二零二五年，共两项。"
        "法律援助，类别，两项，第一项，共两项");
    ASSERT_EQ(last_.speech.size(), 1u);
    EXPECT_EQ(last_.speech[0].utterance.voice, "cmn-latn-pinyin");
    EXPECT_EQ(last_.speech[0].interrupt, Interrupt::yes);
    EXPECT_EQ(last_.speech[0].utterance.display, "测试指南。法律援助");
}

TEST_F(KioskJourney, DownAndUpMoveFocusAndEachMoveInterruptsWithTheNewItem) {
    EXPECT_EQ(press(Command::next), "规划目标，类别，一项，第二项，共两项");
    EXPECT_EQ(last_.speech[0].interrupt, Interrupt::yes);
    EXPECT_TRUE(last_.redraw);
    // The source's status, not a claim that the information is current.
    EXPECT_EQ(press(Command::next), kSourceStatusSpoken);
    EXPECT_EQ(focused().label,
              "内容依据：测试区“十四五”残疾人保障和发展规划（讨论稿）\n这是一份讨论稿，其中的规划目标不一定已经实现。\n"
              "规划期：2021–2025年。");
    EXPECT_EQ(press(Command::next), "帮助，按钮，第一项，共四项");
    EXPECT_EQ(press(Command::next), "设置，按钮，第二项，共四项");
    EXPECT_EQ(press(Command::next), "语言 Language，按钮，第三项，共四项");
    EXPECT_EQ(press(Command::next), "呼叫工作人员，按钮，第四项，共四项");
    EXPECT_EQ(press(Command::next), "已到末尾");
    EXPECT_FALSE(last_.redraw);
    EXPECT_EQ(press(Command::previous), "语言 Language，按钮，第三项，共四项");
    EXPECT_EQ(press(Command::previous), "设置，按钮，第二项，共四项");
    EXPECT_EQ(press(Command::previous), "帮助，按钮，第一项，共四项");
    EXPECT_EQ(press(Command::previous), kSourceStatusSpoken);
    EXPECT_EQ(press(Command::previous), "规划目标，类别，一项，第二项，共两项");
    EXPECT_EQ(press(Command::previous), "法律援助，类别，两项，第一项，共两项");
    EXPECT_EQ(press(Command::previous), "已到开头");
}

TEST_F(KioskJourney, EnterOpensACategoryThenATopicReadParagraphByParagraph) {
    EXPECT_EQ(press(Command::activate), "法律援助，共两项。法律援助工作站，主题，第一项，共两项");
    EXPECT_EQ(screen().kind, ScreenKind::category);
    EXPECT_EQ(press(Command::activate), "法律援助工作站。区里有一个残疾人法律援助工作站。第一项，共九项");
    EXPECT_EQ(screen().kind, ScreenKind::topic);
    EXPECT_EQ(press(Command::next), "谁可以享受，标题，第二项，共九项");
    EXPECT_EQ(press(Command::next), "过去成果·一，本区的残疾人。第三项，共九项");
    EXPECT_EQ(focused().label, "\xE2\x80\xA2 过去成果·一\n本区的残疾人。");
    EXPECT_EQ(press(Command::next), "可以得到什么，标题，第四项，共九项");
}

TEST_F(KioskJourney, BackReturnsToTheSameFocusAndHomeGoesHome) {
    press(Command::next);
    press(Command::activate);  // 规划目标
    press(Command::activate);  // 主要指标
    EXPECT_EQ(screen().title, "主要指标");
    EXPECT_EQ(press(Command::back), "规划目标，共一项。主要指标，主题");
    press(Command::activate);
    EXPECT_EQ(
        press(Command::home),
        "测试指南，依据规划讨论稿：测试区“十四五”残疾人保障和发展规划（讨论稿），规划期二零二一到二零二五年，共两项。"
        "法律援助，类别，两项，第一项，共两项");
    EXPECT_EQ(kiosk_->stack().depth(), 1u);
    EXPECT_EQ(press(Command::back), "这里就是首页");
    EXPECT_EQ(press(Command::home), "这里就是首页");
}

TEST_F(KioskJourney, TableRowsAreReadWithTheirHeaders) {
    press(Command::next);
    press(Command::activate);
    press(Command::activate);
    press(Command::next);  // 指标表 heading
    EXPECT_EQ(press(Command::next), "指标：残疾人职业培训人次，目标值：两千一百五十，属性：预期性，第三项，共六项");
    EXPECT_EQ(focused().label, "指标：残疾人职业培训人次\n目标值：2150\n属性：预期性");
}

TEST_F(KioskJourney, HelpIsShownAndSpokenForTheCurrentScreen) {
    press(Command::activate);
    const std::string help = press(Command::help);
    EXPECT_EQ(screen().kind, ScreenKind::help);
    EXPECT_EQ(help.rfind("帮助。这里是“法律援助”类别", 0), 0u) << help;
    EXPECT_NE(help.find("按F一键听帮助"), std::string::npos) << "F1 is read as F-yi, not dropped";
    EXPECT_EQ(press(Command::help), help) << "F1 on the help screen says it again";
    press(Command::back);
    EXPECT_EQ(screen().kind, ScreenKind::category);
}

// Touch and confirm: with speech on, the first tap says what is there, the second opens it.
TEST_F(KioskJourney, WithSpeechOnTheFirstTapSpeaksAndTheSecondOpens) {
    const Rect second = kiosk_->layout()->on_screen(1, 0);
    last_ = kiosk_->handle(Tap{second.x + second.w / 2, second.y + second.h / 2});
    EXPECT_EQ(screen().kind, ScreenKind::home);
    EXPECT_EQ(said(), "规划目标，类别，一项，第二项，共两项");
    EXPECT_EQ(last_.earcon, Earcon::focus);
    kiosk_->frame(kViewport);
    last_ = kiosk_->handle(Tap{second.x + 10, second.y + 10});
    EXPECT_EQ(screen().title, "规划目标");
    EXPECT_EQ(said(), "规划目标，共一项。主要指标，主题");
}

TEST_F(KioskJourney, ATapOnAnItemFocusedByKeysStillOnlySpeaksFirst) {
    const Rect first = kiosk_->layout()->on_screen(0, 0);
    last_ = kiosk_->handle(Tap{first.x + 5, first.y + 5});
    EXPECT_EQ(screen().kind, ScreenKind::home) << "the focus came from the keys, not from a first tap";
    last_ = kiosk_->handle(Tap{first.x + 5, first.y + 5});
    EXPECT_EQ(screen().kind, ScreenKind::category);
}

TEST_F(KioskJourney, TapOnAFooterButton) {
    press(Command::activate);
    const ScreenLayout& layout = *kiosk_->layout();
    const Rect help = layout.buttons[2].rect;  // back, home, help, settings, language
    kiosk_->handle(Tap{help.x + 5, help.y + 5});
    last_ = kiosk_->handle(Tap{help.x + 5, help.y + 5});
    EXPECT_EQ(screen().kind, ScreenKind::help);
}

// The talking fingertip: a finger sliding over the screen hears each item it enters.
TEST_F(KioskJourney, SlidingAFingerSpeaksEachItemItEnters) {
    const ScreenLayout& layout = *kiosk_->layout();
    const Rect first = layout.on_screen(0, 0);
    const Rect second = layout.on_screen(1, 0);
    std::vector<std::string> heard;
    auto touch = [&](PointerPhase phase, int x, int y) {
        last_ = kiosk_->handle(Pointer{phase, x, y});
        if (!last_.speech.empty()) heard.push_back(said());
    };
    touch(PointerPhase::down, first.x + 5, first.y + 5);
    for (int x = first.x + 5; x < second.right() - 5; x += 50) touch(PointerPhase::move, x, first.y + 5);
    touch(PointerPhase::up, second.right() - 5, second.y + 5);
    EXPECT_EQ(heard, (std::vector<std::string>{"法律援助，类别，两项，第一项，共两项",
                                               "规划目标，类别，一项，第二项，共两项"}));
    EXPECT_EQ(screen().kind, ScreenKind::home) << "lifting the finger opens nothing";
    EXPECT_EQ(kiosk_->stack().top().focus, 1u);
    last_ = kiosk_->handle(Tap{second.x + 5, second.y + 5});
    EXPECT_EQ(screen().title, "规划目标") << "a tap on the item last heard opens it";
}

TEST_F(KioskJourney, TapOnNothingDoesNothing) {
    last_ = kiosk_->handle(Tap{1, 1079});
    EXPECT_TRUE(last_.speech.empty());
    EXPECT_FALSE(last_.redraw);
}

TEST_F(KioskJourney, VolumeRateAndPitchChangeInStepsAndAreSaidWithTheNewSetting) {
    EXPECT_EQ(press(Command::louder), "音量四级，共五级");
    EXPECT_EQ(last_.speech[0].utterance.volume, 150);
    press(Command::louder);
    EXPECT_EQ(press(Command::louder), "音量五级，共五级") << "stops at the loudest";
    EXPECT_EQ(last_.speech[0].utterance.volume, 200);
    EXPECT_EQ(press(Command::slower), "语速三级，共七级");
    EXPECT_EQ(last_.speech[0].utterance.rate_wpm, 150);
    EXPECT_EQ(press(Command::higher), "音调四级，共五级");
    EXPECT_EQ(press(Command::next), "规划目标，类别，一项，第二项，共两项");
    EXPECT_EQ(last_.speech[0].utterance.volume, 200) << "settings stay for everything said after";
    EXPECT_EQ(last_.speech[0].utterance.rate_wpm, 150);
    EXPECT_EQ(last_.speech[0].utterance.pitch, 65);
}

// Rate and volume change through one stepping, said in one wording, whether from the
// keypad's speech keys or on the settings screen; at either end the edge sound says so.
TEST_F(KioskJourney, TheSpeechKeysAndTheSettingsScreenChangeRateAndVolumeAlike) {
    press(Command::settings);
    ASSERT_EQ(screen().kind, ScreenKind::settings);
    while (focused().label != "语速") ASSERT_NE(press(Command::next), "") << "no rate setting";
    EXPECT_EQ(press(Command::increase), "语速五级，共七级");
    EXPECT_EQ(last_.speech[0].utterance.rate_wpm, 220);
    press(Command::home);
    EXPECT_EQ(press(Command::faster), "语速六级，共七级");
    EXPECT_EQ(press(Command::faster), "语速七级，共七级");
    EXPECT_EQ(press(Command::faster), "语速七级，共七级") << "stops at the fastest";
    EXPECT_EQ(last_.earcon, Earcon::edge);
    press(Command::settings);
    while (focused().label != "音量") ASSERT_NE(press(Command::next), "") << "no volume setting";
    EXPECT_EQ(press(Command::decrease), "音量二级，共五级");
    EXPECT_EQ(screen().items[kiosk_->stack().top().focus].detail, "2 / 5") << "the screen shows the new value";
    EXPECT_EQ(press(Command::softer), "音量一级，共五级") << "the speech key, on the settings screen";
}

TEST_F(KioskJourney, EarconsTellWhatHappenedBeforeTheWords) {
    press(Command::next);
    EXPECT_EQ(last_.earcon, Earcon::focus);
    press(Command::activate);
    EXPECT_EQ(last_.earcon, Earcon::activate);
    press(Command::back);
    EXPECT_EQ(last_.earcon, Earcon::back);
    press(Command::home);
    press(Command::previous);
    EXPECT_EQ(last_.earcon, Earcon::edge) << "the top of the page";
}

TEST_F(KioskJourney, RepeatSaysTheLastThingAgain) {
    press(Command::next);
    EXPECT_EQ(press(Command::repeat), "规划目标，类别，一项，第二项，共两项");
    EXPECT_EQ(press(Command::repeat), "规划目标，类别，一项，第二项，共两项");
}

TEST_F(KioskJourney, SpellReadsTheFocusedItemCharacterByCharacter) {
    press(Command::activate);
    press(Command::next);  // 服务热线
    press(Command::activate);
    for (int i = 0; i < 4; ++i) press(Command::next);
    ASSERT_EQ(focused().label, "\xE2\x80\xA2 现行政策·三（四）1\n12345 政务服务便民热线。");
    EXPECT_EQ(press(Command::spell).rfind("一，二，三，四，五，政，务", 0), 0u) << "not the claim's kind: " << said();
    EXPECT_EQ(last_.speech[0].utterance.display, focused().label);
}

TEST_F(KioskJourney, PauseIsPassedToTheSpeechDriver) {
    last_ = kiosk_->handle(Command::pause);
    EXPECT_TRUE(last_.toggle_pause);
    EXPECT_TRUE(last_.speech.empty());
}

TEST_F(KioskJourney, SayAllReadsFromTheFocusToTheEndAndFocusFollowsIt) {
    press(Command::activate);
    press(Command::activate);  // 法律援助工作站
    press(Command::next);
    press(Command::next);  // "• 本区的残疾人。"
    last_ = kiosk_->handle(Command::say_all);
    // A few utterances at a time: the shell asks for more as they are heard.
    std::vector<SpeechRequest> speech = last_.speech;
    EXPECT_LE(speech.size(), 3u);
    for (Reaction more = kiosk_->continue_reading(); !more.speech.empty(); more = kiosk_->continue_reading()) {
        EXPECT_LE(more.speech.size(), 3u);
        EXPECT_EQ(more.speech.front().interrupt, Interrupt::no) << "more follows what is said";
        speech.insert(speech.end(), more.speech.begin(), more.speech.end());
    }
    const std::size_t items = kiosk_->stack().top().screen.items.size();
    // From the focused item to the end: two claims each say their kind first, one paragraph
    // of two sentences is read in two, the source's three lines in three, then the end of
    // the page.
    ASSERT_EQ(speech.size(), (items - 2) + 2 + 1 + 2 + 1);
    EXPECT_EQ(speech.front().interrupt, Interrupt::yes);
    EXPECT_EQ(speech[1].interrupt, Interrupt::no);
    EXPECT_EQ(speech.front().utterance.item, 2);
    EXPECT_EQ(speech.front().utterance.text.rfind("过去成果·一", 0), 0u) << speech.front().utterance.text;
    EXPECT_EQ(speech[1].utterance.item, 2);
    EXPECT_EQ(speech[1].utterance.text, "本区的残疾人。");
    EXPECT_EQ(speech.back().utterance.text, "已读完本页");
    EXPECT_EQ(speech.back().utterance.item, -1);
    Utterance heard;
    heard.item = 4;
    EXPECT_TRUE(kiosk_->follow_reading(heard));
    EXPECT_EQ(kiosk_->stack().top().focus, 4u);
    EXPECT_FALSE(kiosk_->follow_reading(heard)) << "already there";
    EXPECT_FALSE(kiosk_->follow_reading(Utterance{}));
    // Stopped here, say-all goes on from where it was; any key stops it for good.
    last_ = kiosk_->handle(Command::say_all);
    EXPECT_EQ(last_.speech.front().utterance.item, 4);
    kiosk_->handle(Command::repeat);
    EXPECT_TRUE(kiosk_->continue_reading().speech.empty());
}

TEST_F(KioskJourney, SayAllReadsSentenceBySentenceAndUnderlinesTheOneHeard) {
    press(Command::activate);
    press(Command::activate);  // 法律援助工作站
    for (int i = 0; i < 4; ++i) press(Command::next);
    const std::string claim = "规划目标（约束性）·三（四）1\n";
    ASSERT_EQ(focused().label, claim + "免费的法律咨询和代理。涉及残疾人的刑事案件都提供法律援助。");
    last_ = kiosk_->handle(Command::say_all);
    ASSERT_GE(last_.speech.size(), 3u);
    const Utterance& second = last_.speech[2].utterance;
    EXPECT_EQ(last_.speech[0].utterance.display, claim);
    EXPECT_EQ(last_.speech[1].utterance.display, "免费的法律咨询和代理。");
    EXPECT_EQ(second.display, "涉及残疾人的刑事案件都提供法律援助。");
    EXPECT_EQ(second.item, 4);
    EXPECT_EQ(second.sentence_begin, static_cast<int>((claim + "免费的法律咨询和代理。").size()));

    EXPECT_TRUE(kiosk_->follow_reading(second));
    const Theme theme = *find_theme("standard");
    const DisplayList list = kiosk_->frame(kViewport);
    const Rect item = kiosk_->layout()->on_screen(4, kiosk_->stack().top().scroll);
    std::vector<Rect> underlines;
    for (const auto& command : list) {
        const auto* fill = std::get_if<FillRect>(&command);
        if (fill != nullptr && fill->color == theme.focus_text && fill->rect.h < 10) underlines.push_back(fill->rect);
    }
    ASSERT_EQ(underlines.size(), 1u) << "one line holds the second sentence at 1920 px";
    // With the fake measurer each Chinese character is one em: the underline starts after
    // the 11 characters of the first sentence and spans the 18 of the second.
    const int em = kiosk_->layout()->items[4].label.font.px;
    EXPECT_EQ(underlines[0].x, item.x + kiosk_->layout()->items[4].padding + 11 * em);
    EXPECT_EQ(underlines[0].w, 18 * em);
}

TEST_F(KioskJourney, FrameDrawsTheFocusRingAroundTheFocusedItem) {
    press(Command::next);
    const DisplayList list = kiosk_->frame(kViewport);
    const ScreenLayout& layout = *kiosk_->layout();
    const Rect focused_rect = layout.on_screen(1, 0);
    const Theme theme = *find_theme("standard");
    int rings = 0;
    for (const auto& command : list) {
        if (const auto* outline = std::get_if<Outline>(&command); outline && outline->color == theme.focus_ring) {
            ++rings;
            EXPECT_GE(outline->thickness, 4);
            EXPECT_LT(outline->rect.x, focused_rect.x);
            EXPECT_GT(outline->rect.right(), focused_rect.right());
        }
    }
    EXPECT_EQ(rings, 1);
}

}  // namespace
}  // namespace kiosk
