// The real kiosk tells staff, in its log and on stderr, when the pack is due for review.

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "support/kiosk_program.h"
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
    std::string kiosk_command(const std::string& extra = "") const {
        return "env SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy XDG_STATE_HOME=" + (dir_ / "state").string() +
               " KIOSK_CONFIG=" + (dir_ / "kiosk.toml").string() + " " + KIOSK_BINARY + " --speech off --pack " +
               (dir_ / "pack").string() + " --speech-log " + (dir_ / "speech.jsonl").string() + " --script " +
               (dir_ / "script.txt").string() + extra;
    }
    testing::CommandResult run_kiosk() { return testing::run_command(kiosk_command(), dir_); }
    // Waits (up to 10 s) until the speech log holds `text`.
    void wait_for_log(const std::string& text) const { testing::wait_until_file_holds(dir_ / "speech.jsonl", text); }
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

TEST_F(StaffReminder, AnUpdateWhoseReviewDateHasPassedIsLogged) {
    std::ofstream(dir_ / "script.txt", std::ios::trunc) << "wait 300\nkey Down\nawait pack updated\nquit\n";
    const std::string command = kiosk_command(" --update-idle 0") + " 2>" + (dir_ / "stderr.txt").string();
    const pid_t child = fork();
    if (child == 0) {
        execl("/bin/sh", "sh", "-c", command.c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    ASSERT_GE(child, 0);
    wait_for_log("\"key\"");  // running, and watching the pack
    set_review_by("review_by = 2020-01-31");
    wait_for_log("pack updated");
    int status = 0;
    ASSERT_EQ(waitpid(child, &status, 0), child);
    const std::string log = testing::slurp(dir_ / "speech.jsonl");
    const auto updated = log.find("pack updated to version 0.1.0");
    ASSERT_NE(updated, std::string::npos) << log;
    EXPECT_NE(log.find("review_by date 2020-01-31 has passed", updated), std::string::npos) << log;
}

}  // namespace
}  // namespace kiosk
