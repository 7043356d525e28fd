// The braille display through a real BRLTTY, with its virtual driver standing in for the
// hardware: the text shown in each language's braille, the display's keys back as the
// kiosk's commands, and a BRLTTY that starts late, restarts, or loses its display for a
// moment, all without the kiosk restarting.

#include "platform/braille_display.h"

#include <gtest/gtest.h>

#include <condition_variable>
#include <mutex>

#include "platform/louis_translator.h"
#include "support/virtual_braille_display.h"

namespace kiosk {
namespace {

using testing::VirtualBrailleDisplay;
using namespace std::chrono_literals;

constexpr std::size_t kWidth = 20;

class BrailleDisplayTest : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ =
            std::filesystem::temp_directory_path() / ("braille-" + std::to_string(::getpid()) + "-" +
                                                      ::testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::remove_all(dir_);
        display_ = std::make_unique<VirtualBrailleDisplay>(dir_, kWidth);
    }
    void TearDown() override {
        braille_.reset();
        display_.reset();
        if (!HasFailure()) std::filesystem::remove_all(dir_);
    }

    void start_kiosk_side() {
        braille_ = std::make_unique<BrailleDisplay>(
            display_->host(),
            [this] {
                const std::lock_guard lock(mutex_);
                ++wakes_;
                woken_.notify_all();
            },
            [this](const std::string& line) {
                const std::lock_guard lock(mutex_);
                notes_.push_back(line);
            });
    }
    // The cells of `text` in `locale`'s braille, padded to the display, as the kiosk's tables
    // give them. Before start_kiosk_side(): liblouis is not thread-safe, and the display's
    // thread uses it from then on.
    static VirtualBrailleDisplay::Cells braille_of(const std::string& text, const std::string& locale) {
        LouisTranslator translator;
        auto cells = translator.translate(text, locale);
        EXPECT_TRUE(cells) << cells.error().to_string();
        VirtualBrailleDisplay::Cells shown(kWidth, 0);
        for (std::size_t i = 0; cells && i < std::min(kWidth, cells->dots.size()); ++i) shown[i] = cells->dots[i];
        return shown;
    }
    // The next command the display's keys gave, waiting up to 10 s.
    std::optional<Command> next_command() {
        std::unique_lock lock(mutex_);
        for (;;) {
            lock.unlock();
            auto commands = braille_->take_commands();
            lock.lock();
            if (!commands.empty()) {
                pending_.insert(pending_.end(), commands.begin(), commands.end());
            }
            if (!pending_.empty()) {
                const Command first = pending_.front();
                pending_.pop_front();
                return first;
            }
            const int seen = wakes_;
            if (!woken_.wait_for(lock, 10s, [&] { return wakes_ != seen; })) return std::nullopt;
        }
    }
    std::string notes() {
        const std::lock_guard lock(mutex_);
        std::string all;
        for (const auto& note : notes_) all += note + "\n";
        return all;
    }

    std::filesystem::path dir_;
    std::unique_ptr<VirtualBrailleDisplay> display_;
    std::unique_ptr<BrailleDisplay> braille_;
    std::mutex mutex_;
    std::condition_variable woken_;
    int wakes_ = 0;
    std::deque<Command> pending_;
    std::vector<std::string> notes_;
};

TEST_F(BrailleDisplayTest, ShowsTextInEachLanguagesBraille) {
    const std::vector<std::pair<std::string, std::string>> texts = {
        {"辅助器具适配", "zh-Hans"}, {"Assistive devices", "en"}, {"보조기구 지원", "ko"}};
    std::vector<VirtualBrailleDisplay::Cells> expected;
    for (const auto& [text, locale] : texts) expected.push_back(braille_of(text, locale));
    start_kiosk_side();
    for (std::size_t i = 0; i < texts.size(); ++i) {
        braille_->show(texts[i].first, texts[i].second);
        EXPECT_TRUE(display_->wait_until_shows(expected[i])) << texts[i].second << "\n" << notes();
    }
    EXPECT_NE(notes().find("braille: connected to BRLTTY, 20 cells"), std::string::npos) << notes();
}

TEST_F(BrailleDisplayTest, PanningAndRoutingKeysComeBackAsCommands) {
    const std::string text = "Hearing and speech products for people with hearing loss";  // longer than 20 cells
    const auto first = braille_of(text, "en");
    start_kiosk_side();
    braille_->show(text, "en");
    ASSERT_TRUE(display_->wait_until_shows(first)) << notes();
    display_->press("FWINRT");
    ASSERT_TRUE(display_->wait_until([&](const auto& shown) { return shown != first; })) << "panned within the item";
    display_->press("FWINLT");
    ASSERT_TRUE(display_->wait_until_shows(first));
    display_->press("FWINLT");
    EXPECT_EQ(next_command(), Command::previous) << "panning back from its start goes to the item before";
    display_->press("ROUTE 2");
    EXPECT_EQ(next_command(), Command::activate) << "a routing key over the item opens it";
    display_->press("LNDN");
    EXPECT_EQ(next_command(), Command::next);
}

TEST_F(BrailleDisplayTest, ABrlttyThatStartsLaterOrRestartsIsFoundAgain) {
    const auto devices = braille_of("Assistive devices", "en");
    const auto allowance = braille_of("Care allowance", "en");
    display_->stop_brltty();
    start_kiosk_side();
    braille_->show("Assistive devices", "en");  // before BRLTTY runs
    display_->start_brltty();
    ASSERT_TRUE(display_->wait_until_shows(devices)) << notes();
    EXPECT_NE(notes().find("cannot reach BRLTTY"), std::string::npos) << notes();

    display_->stop_brltty();
    braille_->show("Care allowance", "en");
    display_->start_brltty();
    EXPECT_TRUE(display_->wait_until_shows(allowance)) << notes();
}

TEST_F(BrailleDisplayTest, ADisplayUnpluggedAndPluggedInShowsTheItemAgain) {
    const auto cells = braille_of("Assistive devices", "en");
    const auto allowance = braille_of("Care allowance", "en");
    start_kiosk_side();
    braille_->show("Assistive devices", "en");
    ASSERT_TRUE(display_->wait_until_shows(cells)) << notes();
    display_->unplug();
    EXPECT_TRUE(display_->wait_until_shows(cells)) << notes();
    braille_->show("Care allowance", "en");
    EXPECT_TRUE(display_->wait_until_shows(allowance)) << notes();
}

}  // namespace
}  // namespace kiosk
