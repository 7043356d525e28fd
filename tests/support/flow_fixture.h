#pragma once

// What the KioskApp's tests share: a host holding a real Kiosk on the fake measurer and the
// mini pack, a made-up clock, and the outputs read back as the shell would carry them out.

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "flow/kiosk_app.h"
#include "support/fake_measurer.h"
#include "support/fixture_pack.h"

namespace kiosk::testing {

using TimePoint = Moment::Clock::time_point;

inline constexpr Size kViewport{1920, 1080};

// Holds a real Kiosk on the fake measurer, as the app's Session does with real fonts.
class FlowHost : public KioskHost {
public:
    FlowHost() : pack_(mini_pack()) { make(Preferences{})->show_attract(); }

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
        kiosk_ = std::make_unique<Kiosk>(pack_, ui_strings("zh-Hans"), measurer_, languages, std::move(preferences));
        return kiosk_.get();
    }

    FakeMeasurer measurer_;
    Pack pack_;
    std::unique_ptr<Kiosk> kiosk_;
};

inline std::vector<std::string> notes(const AppOutputs& out) {
    std::vector<std::string> found;
    for (const LogEntry& entry : out.log) {
        if (entry.kind == LogEntry::Kind::note) found.push_back(entry.text);
    }
    return found;
}

inline std::vector<SpeakCommand> spoken(const AppOutputs& out) {
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

inline bool cancels(const AppOutputs& out) {
    return std::any_of(out.speech.begin(), out.speech.end(),
                       [](const SpeechCall& call) { return std::holds_alternative<CancelSpeech>(call); });
}

class Flow : public ::testing::Test {
protected:
    void SetUp() override { make_app({}); }

    void make_app(KioskApp::Settings settings) {
        using std::chrono::seconds;
        settings.idle = IdlePolicy{seconds(120), seconds(20), seconds(60), seconds(180), 20, 8};
        app_ = std::make_unique<KioskApp>(host_, std::move(settings), at(seconds(0)));
        drawn(app_->begin(host_.kiosk().show_attract(), at(seconds(0))));
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

    const TimePoint start_ = Moment::Clock::time_point{} + std::chrono::hours(1000);
    FlowHost host_;
    std::unique_ptr<KioskApp> app_;
};

}  // namespace kiosk::testing
