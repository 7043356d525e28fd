#pragma once

// The real kiosk binary on SDL's dummy video driver, for tests that drive it with input
// scripts and read what it said and logged.

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "support/run_command.h"

namespace kiosk::testing {

class KioskProgram : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = std::filesystem::temp_directory_path() /
               ("kiosk-run-" + std::to_string(::getpid()) + "-" +
                ::testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::remove_all(dir_);
        std::filesystem::create_directories(dir_);
    }
    void TearDown() override {
        if (!HasFailure()) std::filesystem::remove_all(dir_);
    }

    // Each test's kiosk keeps its state (the packs it showed) in the test's own folder.
    std::string kiosk_command(const std::string& arguments, const std::string& environment) const {
        return "env SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy XDG_STATE_HOME=" + (dir_ / "state").string() + " " +
               environment + " " + KIOSK_BINARY + " " + arguments;
    }

    CommandResult run(const std::string& arguments, const std::string& environment = "") {
        return testing::run_command(kiosk_command(arguments, environment), dir_);
    }

    // Starts the kiosk in the background, for tests that change its world while it runs.
    pid_t start(const std::string& arguments, const std::string& environment = "") {
        const std::string command = kiosk_command(arguments, environment) + " 2>" + (dir_ / "stderr.txt").string();
        const pid_t child = fork();
        if (child == 0) {
            execl("/bin/sh", "sh", "-c", command.c_str(), static_cast<char*>(nullptr));
            _exit(127);
        }
        return child;
    }

    // The exit code of a kiosk started with start(), or -1.
    static int wait_for_exit(pid_t child) {
        int status = 0;
        if (waitpid(child, &status, 0) != child || !WIFEXITED(status)) return -1;
        return WEXITSTATUS(status);
    }

    // Waits (up to 10 s) until the speech log holds `text`, however slow the machine.
    void wait_for_log(const std::string& text) {
        for (int i = 0; i < 1000 && slurp(dir_ / "speech.jsonl").find(text) == std::string::npos; ++i) {
            ::usleep(10 * 1000);
        }
    }

    std::filesystem::path write_script(const std::string& text) {
        const std::filesystem::path path = dir_ / "script.txt";
        std::ofstream(path) << text;
        return path;
    }

    std::vector<nlohmann::json> read_log() {
        std::vector<nlohmann::json> events;
        std::istringstream in(slurp(dir_ / "speech.jsonl"));
        for (std::string line; std::getline(in, line);) events.push_back(nlohmann::json::parse(line));
        return events;
    }

    std::filesystem::path dir_;
};

}  // namespace kiosk::testing
