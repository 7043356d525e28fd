// The real kiosk tells staff, in its log and on stderr, when the pack is due for review.

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "support/paths.h"
#include "support/run_command.h"

namespace fs = std::filesystem;

namespace kiosk {
namespace {

class StaffReminder : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("kiosk-reminder-" + std::to_string(::getpid()) + "-" +
                                            ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(dir_);
        fs::create_directories(dir_);
        fs::copy(testing::fixture_path("mini-pack"), dir_ / "pack", fs::copy_options::recursive);
        std::ofstream(dir_ / "script.txt") << "wait 100\nquit\n";
    }
    void TearDown() override {
        if (!HasFailure()) fs::remove_all(dir_);
    }
    void set_review_by(const std::string& line) {
        std::string text = testing::slurp(dir_ / "pack/pack.toml");
        const std::string old = "review_by = 2099-12-31";
        text.replace(text.find(old), old.size(), line);
        std::ofstream(dir_ / "pack/pack.toml", std::ios::trunc) << text;
    }
    testing::CommandResult run_kiosk() {
        return testing::run_command(std::string("env SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy ") + KIOSK_BINARY +
                                        " --speech off --pack " + (dir_ / "pack").string() + " --speech-log " +
                                        (dir_ / "speech.jsonl").string() + " --script " + (dir_ / "script.txt").string(),
                                    dir_);
    }
    fs::path dir_;
};

TEST_F(StaffReminder, APassedReviewDateIsLoggedAtStart) {
    set_review_by("review_by = 2020-01-31");
    const auto result = run_kiosk();
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const std::string expected = "pack mini 0.1.0: pack.toml:10: warning: the review_by date 2020-01-31 has passed";
    EXPECT_NE(result.err.find("kiosk: " + expected), std::string::npos) << result.err;
    const std::string log = testing::slurp(dir_ / "speech.jsonl");
    EXPECT_NE(log.find("\"event\":\"note\""), std::string::npos) << log;
    EXPECT_NE(log.find(expected), std::string::npos) << log;
}

TEST_F(StaffReminder, AFutureReviewDateSaysNothing) {
    const auto result = run_kiosk();
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(result.err.find("review_by"), std::string::npos) << result.err;
    EXPECT_EQ(testing::slurp(dir_ / "speech.jsonl").find("review_by"), std::string::npos);
}

}  // namespace
}  // namespace kiosk
