// The key timings on the settings screen: each a row showing its value, stepped with Left,
// Right and Enter like the other settings, and every change said.

#include <gtest/gtest.h>

#include "core/content/pack_loader.h"
#include "screens/kiosk.h"
#include "support/fake_measurer.h"
#include "support/paths.h"

namespace kiosk {
namespace {

class KeyTimingSettings : public ::testing::Test {
protected:
    void open(const std::string& locale, Preferences preferences = {}) {
        PackLoadResult loaded = load_pack(testing::fixture_path("mini-pack"));
        ASSERT_TRUE(loaded.pack);
        pack_ = std::move(*loaded.pack);
        auto strings = UiStrings::open(testing::strings_dir(), locale);
        ASSERT_TRUE(strings) << strings.error().to_string();
        const std::vector<LanguageChoice> languages = {{"zh-Hans", "中文", "cmn-latn-pinyin", "请按任意键开始"},
                                                       {"en", "English", "en-us", "Press any key to start"}};
        kiosk_ = std::make_unique<Kiosk>(pack_, std::move(*strings), measurer_, languages, preferences);
        kiosk_->show_attract();
        kiosk_->frame(kViewport);
        act(Command::next);  // wake: speech on
    }
    Reaction& act(const Input& input) {
        last_ = kiosk_->handle(input);
        if (last_.redraw) kiosk_->frame(kViewport);
        return last_;
    }
    std::string said() const { return last_.speech.empty() ? "" : last_.speech[0].utterance.text; }
    const Screen& screen() const { return kiosk_->stack().top().screen; }
    const KeyTiming& timing() const { return kiosk_->preferences().key_timing; }
    // Walks to a setting on the settings screen and returns its row.
    const Item& focus_setting(const std::string& label) {
        act(Command::settings);
        for (std::size_t i = 0; i < screen().items.size(); ++i) {
            if (screen().items[i].label == label) {
                while (kiosk_->stack().top().focus < i) act(Command::next);
                return screen().items[i];
            }
        }
        ADD_FAILURE() << "no setting " << label;
        return screen().items.front();
    }
    const Item& focused() const { return screen().items[kiosk_->stack().top().focus]; }

    static constexpr Size kViewport{1920, 1080};
    testing::FakeMeasurer measurer_;
    Pack pack_;
    std::unique_ptr<Kiosk> kiosk_;
    Reaction last_;
};

TEST_F(KeyTimingSettings, KeyRepeatStepsFromOffToTwoSecondsAndEachChangeIsSaid) {
    open("zh-Hans");
    EXPECT_EQ(focus_setting("按键重复延迟").detail, "0.5 秒") << "the default";
    act(Command::increase);
    EXPECT_EQ(timing().repeat_delay_ms, 1000);
    EXPECT_EQ(focused().detail, "1 秒") << "the row shows the new value at once";
    EXPECT_EQ(said(), "按键重复延迟，一秒");
    act(Command::increase);
    act(Command::increase);
    EXPECT_EQ(timing().repeat_delay_ms, 2000);
    act(Command::increase);
    EXPECT_EQ(last_.earcon, Earcon::edge) << "2 s is the longest";
    act(Command::activate);
    EXPECT_EQ(timing().repeat_delay_ms, 0) << "Enter goes round, to off";
    EXPECT_EQ(focused().detail, "关");
    EXPECT_EQ(said(), "按键重复延迟，关");
}

TEST_F(KeyTimingSettings, DoublePressFilterAndSlowKeysStepUpToTheirLongest) {
    open("zh-Hans");
    EXPECT_EQ(focus_setting("忽略快速重按").detail, "关");
    for (int i = 0; i < 5; ++i) act(Command::increase);
    EXPECT_EQ(timing().double_press_ms, 500) << "EN 301 549 5.8: up to 0.5 s";
    EXPECT_EQ(focused().detail, "0.5 秒");
    act(Command::next);
    EXPECT_EQ(focused().label, "按键需按住");
    act(Command::increase);
    EXPECT_EQ(timing().slow_keys_ms, 300);
    EXPECT_EQ(said(), "按键需按住，零点三秒");
    act(Command::decrease);
    EXPECT_EQ(timing().slow_keys_ms, 0);
}

TEST_F(KeyTimingSettings, AConfiguredValueBetweenStepsIsShownAndStepsToItsNeighbours) {
    Preferences configured;
    configured.key_timing = {700, 150, 0};
    open("en", configured);
    EXPECT_EQ(focus_setting("Key repeat delay").detail, "0.7 s");
    act(Command::decrease);
    EXPECT_EQ(timing().repeat_delay_ms, 500);
    EXPECT_EQ(said().rfind("Key repeat delay, ", 0), 0u) << said();
    EXPECT_NE(said().find(" seconds"), std::string::npos) << said();
    act(Command::next);
    EXPECT_EQ(focused().label, "Ignore double press");
    EXPECT_EQ(focused().detail, "0.15 s");
    act(Command::increase);
    EXPECT_EQ(timing().double_press_ms, 250);
}

TEST_F(KeyTimingSettings, TheRowsAreNamedInKorean) {
    open("ko");
    EXPECT_EQ(focus_setting("키 반복 지연").detail, "0.5초");
    act(Command::next);
    EXPECT_EQ(focused().label, "빠른 재입력 무시");
    act(Command::next);
    EXPECT_EQ(focused().label, "키 누름 유지 시간");
}

}  // namespace
}  // namespace kiosk
