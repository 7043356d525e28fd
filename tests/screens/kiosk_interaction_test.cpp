// The kiosk as a resident meets it: the attract screen, speech off until a key asks for
// it, touch without speech, settings, privacy mode and the idle warning.

#include <gtest/gtest.h>

#include "core/content/pack_loader.h"
#include "screens/kiosk.h"
#include "support/fake_measurer.h"
#include "support/paths.h"

namespace kiosk {
namespace {

class Interaction : public ::testing::Test {
protected:
    void SetUp() override {
        PackLoadResult loaded = load_pack(testing::fixture_path("mini-pack"));
        ASSERT_TRUE(loaded.pack);
        pack_ = std::move(*loaded.pack);
        auto strings = UiStrings::open(testing::strings_dir(), "zh-Hans");
        ASSERT_TRUE(strings) << strings.error().to_string();
        const std::vector<LanguageChoice> languages = {
            {"zh-Hans", "中文", "cmn-latn-pinyin", "请触摸屏幕或按任意键开始"},
            {"en", "English", "en-us", "Touch the screen or press any key to start"}};
        kiosk_ = std::make_unique<Kiosk>(pack_, std::move(*strings), measurer_, languages, Preferences{});
        last_ = kiosk_->show_attract();
        kiosk_->frame(kViewport);
    }

    Reaction& act(const Input& input) {
        last_ = kiosk_->handle(input);
        if (last_.redraw) kiosk_->frame(viewport_);
        return last_;
    }
    std::string said(std::size_t i = 0) const { return i < last_.speech.size() ? last_.speech[i].utterance.text : ""; }
    const Screen& screen() const { return kiosk_->stack().top().screen; }
    Rect rect_of(std::size_t index) const { return kiosk_->layout()->on_screen(index, kiosk_->stack().top().scroll); }
    void tap(std::size_t index) {
        const Rect r = rect_of(index);
        act(Tap{r.x + r.w / 2, r.y + r.h / 2});
    }
    // Walks to a setting and returns its index on the settings screen.
    std::size_t focus_setting(const std::string& label) {
        act(Command::settings);
        EXPECT_EQ(screen().kind, ScreenKind::settings);
        for (std::size_t i = 0; i < screen().items.size(); ++i) {
            if (screen().items[i].label == label) {
                while (kiosk_->stack().top().focus < i) act(Command::next);
                return i;
            }
        }
        ADD_FAILURE() << "no setting " << label;
        return 0;
    }

    static constexpr Size kViewport{1920, 1080};
    Size viewport_ = kViewport;
    testing::FakeMeasurer measurer_;
    Pack pack_;
    std::unique_ptr<Kiosk> kiosk_;
    Reaction last_;
};

TEST_F(Interaction, TheAttractScreenInvitesInEveryLanguageInItsOwnVoice) {
    EXPECT_TRUE(kiosk_->at_rest());
    EXPECT_TRUE(last_.speech.empty()) << "nobody is there when it appears";
    const Reaction invitation = kiosk_->invite();
    ASSERT_EQ(invitation.speech.size(), 2u);
    EXPECT_TRUE(invitation.always_heard) << "an invitation is heard with speech off";
    EXPECT_EQ(invitation.speech[0].utterance.voice, "cmn-latn-pinyin");
    EXPECT_EQ(invitation.speech[1].utterance.voice, "en-us");
    EXPECT_EQ(invitation.speech[1].utterance.text, "Touch the screen or press any key to start");
}

TEST_F(Interaction, TheFirstKeyTurnsSpeechOnAndSaysHowToUseTheKeysWithoutMoving) {
    act(Command::next);
    EXPECT_FALSE(kiosk_->at_rest());
    EXPECT_EQ(screen().kind, ScreenKind::home);
    EXPECT_TRUE(kiosk_->preferences().speech);
    ASSERT_EQ(last_.speech.size(), 2u);
    EXPECT_EQ(said(0).rfind("语音已开启。", 0), 0u) << said(0);
    EXPECT_EQ(
        said(1),
        "测试指南，依据规划讨论稿：测试区“十四五”残疾人保障和发展规划（讨论稿），规划期二零二一到二零二五年，共两项。"
        "法律援助，类别，两项，第一项，共两项");
    EXPECT_EQ(kiosk_->stack().top().focus, 0u) << "the waking key does not also move";
    act(Command::next);
    EXPECT_EQ(said(), "规划目标，类别，一项，第二项，共两项");
}

// After an idle reset the home screen waits as the next resident will find it.
TEST_F(Interaction, AFreshHomeScreenIsWokenByTheFirstKeyOrUsedAtOnceByTouch) {
    kiosk_->start_fresh();
    kiosk_->frame(kViewport);
    EXPECT_TRUE(kiosk_->at_rest());
    EXPECT_FALSE(kiosk_->showing_attract());
    tap(1);
    EXPECT_EQ(screen().title, "规划目标") << "a touch on a fresh home screen opens at once";
    EXPECT_FALSE(kiosk_->at_rest());

    kiosk_->start_fresh();
    kiosk_->frame(kViewport);
    act(Command::next);
    EXPECT_EQ(said(0).rfind("语音已开启。", 0), 0u);
    EXPECT_EQ(kiosk_->stack().top().focus, 0u);
    EXPECT_FALSE(kiosk_->at_rest());
}

TEST_F(Interaction, WithSpeechOffATapStartsSilentlyAndTheNextTapOpensAtOnce) {
    tap(0);
    EXPECT_EQ(screen().kind, ScreenKind::home);
    EXPECT_TRUE(last_.speech.empty());
    EXPECT_FALSE(kiosk_->preferences().speech);
    tap(1);
    EXPECT_EQ(screen().title, "规划目标");
    EXPECT_TRUE(last_.speech.empty());
}

TEST_F(Interaction, TappingAnotherLanguagesInvitationStartsInThatLanguage) {
    tap(1);
    ASSERT_TRUE(last_.switch_locale);
    EXPECT_EQ(*last_.switch_locale, "en");
}

TEST_F(Interaction, WithSpeechOffAFingerDragsTheLongPageAndItComesToRestOnARow) {
    tap(0);
    tap(0);  // 法律援助
    tap(0);  // its first topic: a page longer than the screen at 300%?
    ASSERT_EQ(screen().kind, ScreenKind::topic);
    // Make the page long enough to scroll: the largest text.
    act(Command::settings);
    while (kiosk_->preferences().text_size != 300) {
        const std::size_t text_size = 1;
        while (kiosk_->stack().top().focus < text_size) act(Command::next);
        act(Command::increase);
    }
    act(Command::back);
    ASSERT_EQ(screen().kind, ScreenKind::topic);
    ASSERT_GT(kiosk_->layout()->max_scroll(), 200);
    const Rect content = kiosk_->layout()->content;
    const int x = content.x + content.w / 2;
    const int y = content.bottom() - 10;
    ASSERT_EQ(kiosk_->stack().top().focus, 0u);
    ASSERT_EQ(kiosk_->stack().top().scroll, 0);
    act(Pointer{PointerPhase::down, x, y});
    act(Pointer{PointerPhase::move, x, y - 150});
    EXPECT_TRUE(last_.redraw);
    EXPECT_EQ(kiosk_->stack().top().scroll, 150) << "the page follows the finger";
    act(Pointer{PointerPhase::up, x, y - 150});
    const int rest = kiosk_->stack().top().scroll;
    bool on_row = false;
    for (const auto& item : kiosk_->layout()->items) on_row |= rest == item.rect.y - kiosk_->layout()->item_gap;
    EXPECT_TRUE(on_row) << rest;
    EXPECT_EQ(screen().kind, ScreenKind::topic) << "a drag opens nothing";
}

// At 300% a paragraph can be taller than the page: Down shows and says its next lines
// before moving on, and no line is ever drawn cut by the page's edge.
TEST_F(Interaction, AnItemTallerThanThePageIsReadOnPageByPage) {
    viewport_ = {1280, 1024};  // narrow enough for each table row to wrap
    act(Command::next);        // wake
    act(Command::settings);
    act(Command::next);  // text size
    for (int i = 0; i < 3; ++i) act(Command::increase);
    ASSERT_EQ(kiosk_->preferences().text_size, 300);
    act(Command::home);
    act(Command::next);
    act(Command::activate);
    act(Command::activate);  // the goals table: each row is three lines
    ASSERT_EQ(screen().title, "主要指标");
    int pages = 0;
    const std::size_t last = screen().items.size() - 1;
    for (int presses = 0; kiosk_->stack().top().focus < last && presses < 40; ++presses) {
        const std::size_t focus = kiosk_->stack().top().focus;
        const int before = kiosk_->stack().top().scroll;
        act(Command::next);
        const Rect content = kiosk_->layout()->content;
        for (const auto& command : kiosk_->frame(viewport_)) {
            const auto* text = std::get_if<DrawText>(&command);
            if (text == nullptr || text->y < content.y || text->y >= content.bottom()) continue;  // header, footer
            EXPECT_LE(text->y + measurer_.line_height(text->font), content.bottom()) << "cut: " << text->utf8;
        }
        if (kiosk_->stack().top().focus != focus) continue;
        ++pages;  // still on a tall item: its next lines came into view
        EXPECT_GT(kiosk_->stack().top().scroll, before);
        const std::string& label = screen().items[focus].label;
        const std::string& rest = last_.speech.at(0).utterance.display;
        EXPECT_EQ(label.substr(label.size() - rest.size()), rest) << "says the rest of the item";
    }
    EXPECT_GE(pages, 2) << "both table rows are taller than the page at 300%";
    EXPECT_EQ(kiosk_->stack().top().focus, last);
}

TEST_F(Interaction, SettingsChangeAtOnceAndAreSaid) {
    act(Command::next);  // wake: speech on
    const std::size_t text_size = focus_setting("文字大小");
    EXPECT_EQ(screen().items[text_size].detail, "100%");
    const int body_before = kiosk_->layout()->items[text_size].label.font.px;
    act(Command::increase);
    EXPECT_EQ(said(), "文字大小，百分之一百五十");
    EXPECT_EQ(kiosk_->preferences().text_size, 150);
    EXPECT_EQ(screen().items[text_size].detail, "150%");
    EXPECT_GT(kiosk_->layout()->items[text_size].label.font.px, body_before) << "laid out again at once";
    act(Command::decrease);
    act(Command::decrease);
    EXPECT_EQ(last_.earcon, Earcon::edge) << "Left at the smallest size stays there";
    EXPECT_EQ(kiosk_->preferences().text_size, 100);

    act(Command::next);  // colours
    act(Command::activate);
    EXPECT_EQ(kiosk_->preferences().theme, "high-contrast");
    EXPECT_EQ(kiosk_->theme().name, "high-contrast");
    EXPECT_EQ(said(), "颜色，高对比度（黑底黄字）");
}

TEST_F(Interaction, LeftAndRightMoveLikeUpAndDownAwayFromSettings) {
    act(Command::next);  // wake
    act(Command::increase);
    EXPECT_EQ(kiosk_->stack().top().focus, 1u);
    act(Command::decrease);
    EXPECT_EQ(kiosk_->stack().top().focus, 0u);
}

TEST_F(Interaction, TurningSpeechOffIsConfirmedAloudThenSilent) {
    act(Command::next);  // wake
    focus_setting("语音朗读");
    act(Command::activate);
    EXPECT_FALSE(kiosk_->preferences().speech);
    EXPECT_TRUE(last_.always_heard);
    EXPECT_EQ(said(), "语音朗读，关");
    act(Command::next);
    EXPECT_TRUE(last_.speech.empty()) << "and then nothing is spoken";
    act(Command::next);
    EXPECT_FALSE(kiosk_->preferences().speech) << "keys do not turn it back on: only the first on an idle kiosk";
}

TEST_F(Interaction, PrivacyModeBlanksTheScreenWhileSpeechGoesOn) {
    act(Command::next);  // wake
    focus_setting("隐私模式");
    act(Command::activate);
    EXPECT_TRUE(kiosk_->preferences().privacy);
    EXPECT_EQ(said(), "隐私模式已开启，屏幕已关闭，内容只用声音播报");
    const DisplayList blank = kiosk_->frame(kViewport);
    int texts = 0;
    for (const auto& command : blank) {
        if (const auto* text = std::get_if<DrawText>(&command)) {
            ++texts;
            EXPECT_EQ(text->utf8, "隐私模式：屏幕已关闭，内容只用声音播报");
        }
        if (const auto* fill = std::get_if<FillRect>(&command)) {
            EXPECT_EQ(fill->color, kiosk_->theme().background);
        }
    }
    EXPECT_EQ(texts, 1) << "only the small label";
    act(Command::home);
    EXPECT_EQ(
        said(),
        "测试指南，依据规划讨论稿：测试区“十四五”残疾人保障和发展规划（讨论稿），规划期二零二一到二零二五年，共两项。"
        "法律援助，类别，两项，第一项，共两项")
        << "everything is still spoken";
    act(Command::settings);
    focus_setting("隐私模式");
    act(Command::activate);
    EXPECT_FALSE(kiosk_->preferences().privacy);
    int shown = 0;
    for (const auto& command : kiosk_->frame(kViewport)) shown += std::holds_alternative<DrawText>(command) ? 1 : 0;
    EXPECT_GT(shown, 5) << "leaving privacy mode restores the screen";
}

TEST_F(Interaction, TheIdleWarningCountsDownAndAnyInputTakesItAway) {
    act(Command::next);  // wake
    act(Command::next);
    const Reaction warning = kiosk_->warn_idle(20);
    ASSERT_EQ(warning.speech.size(), 1u);
    EXPECT_NE(warning.speech[0].utterance.text.find("还在使用吗"), std::string::npos);
    EXPECT_TRUE(kiosk_->warn_idle(19).speech.empty()) << "the countdown is shown, not said every second";
    bool countdown_shown = false;
    for (const auto& command : kiosk_->frame(kViewport)) {
        if (const auto* text = std::get_if<DrawText>(&command)) countdown_shown |= text->utf8 == "19秒";
    }
    EXPECT_TRUE(countdown_shown);
    act(Command::activate);
    EXPECT_FALSE(kiosk_->idle_warning());
    EXPECT_EQ(screen().kind, ScreenKind::home) << "the key only took the warning away";
    EXPECT_EQ(kiosk_->stack().top().focus, 1u);
    EXPECT_EQ(said(), "好的，请继续使用");
}

TEST_F(Interaction, LanguagesSayTheirNameInTheirOwnVoiceThenTheirPlaceAmongTheLanguages) {
    act(Command::next);  // wake
    act(Command::settings);
    act(Command::activate);  // language
    ASSERT_EQ(screen().kind, ScreenKind::languages);
    act(Command::next);
    ASSERT_EQ(last_.speech.size(), 2u);
    EXPECT_EQ(last_.speech[0].utterance.text, "English");
    EXPECT_EQ(last_.speech[0].utterance.voice, "en-us");
    EXPECT_EQ(last_.speech[1].utterance.text, "第二项，共两项") << "the footer's buttons are counted apart";
    EXPECT_EQ(last_.speech[1].utterance.voice, "cmn-latn-pinyin");
}

TEST_F(Interaction, WithoutSoundTheHeaderSaysSoOnALineOfItsOwn) {
    act(Command::next);
    EXPECT_TRUE(kiosk_->set_sound_available(false));
    const DisplayList list = kiosk_->frame(kViewport);
    const ScreenLayout& layout = *kiosk_->layout();
    int title_bottom = 0;
    const DrawText* notice = nullptr;
    for (const auto& command : list) {
        const auto* text = std::get_if<DrawText>(&command);
        if (text == nullptr) continue;
        if (text->utf8 == "测试指南") title_bottom = text->y + measurer_.line_height(text->font);
        if (text->utf8 == "暂时没有声音") notice = text;
    }
    ASSERT_NE(notice, nullptr);
    EXPECT_GE(notice->y, title_bottom) << "below the title, never over it";
    for (std::size_t i = 0; i < layout.items.size(); ++i) {
        const Rect item = layout.on_screen(i, kiosk_->stack().top().scroll);
        EXPECT_TRUE(notice->y + measurer_.line_height(notice->font) <= item.y || notice->y >= item.bottom())
            << "nor over item " << i;
    }
    EXPECT_TRUE(kiosk_->set_sound_available(true));
    for (const auto& command : kiosk_->frame(kViewport)) {
        if (const auto* text = std::get_if<DrawText>(&command)) {
            EXPECT_NE(text->utf8, "暂时没有声音");
        }
    }
}

TEST_F(Interaction, EveryFocusableItemOfTheSettingsHasSpokenTextAndPosition) {
    act(Command::next);
    act(Command::settings);
    for (std::size_t i = 0; i < screen().items.size(); ++i) {
        EXPECT_FALSE(screen().items[i].spoken.empty());
    }
    act(Command::next);
    EXPECT_EQ(said(), "文字大小，百分之百，设置项，第二项，共十项");
}

}  // namespace
}  // namespace kiosk
