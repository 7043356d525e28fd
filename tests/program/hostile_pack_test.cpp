// The real kiosk on packs made to crash it (issue 10, findings 1 and 2): a topic that no
// language has, and 200 KB of nested emphasis. At start, on --audit and as a hot update,
// the kiosk refuses them with the file, line and column, and never crashes.

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

using testing::slurp;

class KioskOnHostilePack : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("kiosk-hostile-run-" + std::to_string(::getpid()) + "-" +
                                            ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(dir_);
        fs::create_directories(dir_);
        std::ofstream(dir_ / "script.txt") << "wait 300\nkey Down\nwait 300\nquit\n";
    }
    void TearDown() override {
        if (!HasFailure()) fs::remove_all(dir_);
    }

    std::string command(const std::string& arguments) const {
        return "env SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy XDG_STATE_HOME=" + (dir_ / "state").string() +
               " KIOSK_CONFIG=" + (dir_ / "kiosk.toml").string() + " " + KIOSK_BINARY + " --speech off " + arguments;
    }

    testing::CommandResult run(const std::string& arguments) {
        return testing::run_command(command(arguments + " --script " + (dir_ / "script.txt").string()), dir_);
    }

    fs::path copy_of(const std::string& fixture) {
        const fs::path pack = dir_ / fixture;
        fs::copy(testing::fixture_path(fixture), pack, fs::copy_options::recursive);
        return pack;
    }

    static void append_emphasis(const fs::path& pack) {
        std::ofstream(pack / "zh-Hans/topics/hotlines.md", std::ios::app)
            << "\n"
            << std::string(100000, '*') << "x" << std::string(100000, '*') << "\n";
    }

    // Refused with the problem named, and no crash: a sanitizer report or a signal would
    // leave a report or no exit code.
    static void expect_refused_without_crash(const testing::CommandResult& result, const std::string& problem) {
        EXPECT_GE(result.exit_code, 0) << "killed by a signal\n" << result.err;
        EXPECT_NE(result.exit_code, 0) << result.err;
        EXPECT_NE(result.err.find(problem), std::string::npos) << result.err;
        EXPECT_EQ(result.err.find("Sanitizer"), std::string::npos) << result.err;
        EXPECT_EQ(result.err.find("runtime error"), std::string::npos) << result.err;
    }

    fs::path dir_;
};

const char* const kGhostProblem = "en/home.toml:12:36: error: topic 'free-bus' is listed but exists in no language";
const char* const kEmphasisProblem =
    "zh-Hans/topics/hotlines.md:20:1: error: emphasis or links nested more than 32 deep";

TEST_F(KioskOnHostilePack, GhostTopicPackIsRefusedAtStart) {
    const fs::path pack = copy_of("ghost-topic-pack");
    expect_refused_without_crash(run("--pack " + pack.string() + " --locale en"), kGhostProblem);
}

TEST_F(KioskOnHostilePack, GhostTopicPackIsRefusedByTheAudit) {
    const fs::path pack = copy_of("ghost-topic-pack");
    expect_refused_without_crash(
        testing::run_command(command("--pack " + pack.string() + " --audit --locales en --text-sizes 100"), dir_),
        kGhostProblem);
}

TEST_F(KioskOnHostilePack, EmphasisPackIsRefusedAtStart) {
    const fs::path pack = copy_of("mini-pack");
    append_emphasis(pack);
    expect_refused_without_crash(run("--pack " + pack.string()), kEmphasisProblem);
}

// The hot update the review crashed a running kiosk with: it is refused, and the kiosk
// keeps its last good pack and runs on to the end of its script.
TEST_F(KioskOnHostilePack, EmphasisPackAsAnUpdateIsRefusedAndTheKioskRunsOn) {
    const fs::path pack = copy_of("mini-pack");
    const fs::path log = dir_ / "speech.jsonl";
    std::ofstream(dir_ / "script.txt") << "wait 300\nkey Down\nawait pack update refused\nkey Down\nwait 300\nquit\n";
    const std::string line = command("--pack " + pack.string() + " --update-idle 0 --speech-log " + log.string() +
                                     " --script " + (dir_ / "script.txt").string()) +
                             " 2>" + (dir_ / "stderr.txt").string();
    const pid_t child = fork();
    if (child == 0) {
        execl("/bin/sh", "sh", "-c", line.c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    ASSERT_GT(child, 0);
    testing::wait_until_file_holds(log, "\"key\"");
    append_emphasis(pack);
    int status = 0;
    ASSERT_EQ(waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFEXITED(status)) << slurp(dir_ / "stderr.txt");
    EXPECT_EQ(WEXITSTATUS(status), 0) << slurp(dir_ / "stderr.txt");
    const std::string events = slurp(log);
    EXPECT_NE(events.find("pack update refused, keeping the current pack: " + std::string(kEmphasisProblem)),
              std::string::npos)
        << events;
}

}  // namespace
}  // namespace kiosk
