#pragma once

// The real kiosk binary on SDL's dummy video driver, for tests that drive it with input
// scripts and read what it said and logged.

#include <gtest/gtest.h>
#include <poll.h>
#include <sys/inotify.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "support/run_command.h"

namespace kiosk::testing {

// Waits until `file` holds `text`, however slow the machine, woken by inotify whenever
// something in its folder is written: no sleeping, no polling. False after `limit`.
inline bool wait_until_file_holds(const std::filesystem::path& file, const std::string& text,
                                  std::chrono::milliseconds limit = std::chrono::seconds(10)) {
    const int fd = inotify_init1(IN_CLOEXEC);
    if (fd < 0) return false;
    inotify_add_watch(fd, file.parent_path().c_str(), IN_MODIFY | IN_CREATE | IN_CLOSE_WRITE | IN_MOVED_TO);
    const auto until = std::chrono::steady_clock::now() + limit;
    bool found = false;
    while (!(found = slurp(file).find(text) != std::string::npos)) {
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(until - std::chrono::steady_clock::now()).count();
        pollfd ready{fd, POLLIN, 0};
        if (left <= 0 || ::poll(&ready, 1, static_cast<int>(left)) <= 0) break;
        char events[4096];
        if (::read(fd, events, sizeof events) < 0) break;
    }
    ::close(fd);
    return found;
}

class KioskProgram : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ =
            std::filesystem::temp_directory_path() / ("kiosk-run-" + std::to_string(::getpid()) + "-" +
                                                      ::testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::remove_all(dir_);
        std::filesystem::create_directories(dir_);
    }
    void TearDown() override {
        if (!HasFailure()) std::filesystem::remove_all(dir_);
    }

    // Each test's kiosk keeps its state (the packs it showed) in the test's own folder, and
    // reads its configuration file from there (config_path(), when a test writes one), never
    // the machine's /etc/access-kiosk/kiosk.toml.
    std::string kiosk_command(const std::string& arguments, const std::string& environment) const {
        return "env SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy XDG_STATE_HOME=" + (dir_ / "state").string() +
               " KIOSK_CONFIG=" + config_path().string() + " " + environment + " " + KIOSK_BINARY + " " + arguments;
    }

    std::filesystem::path config_path() const { return dir_ / "kiosk.toml"; }

    CommandResult run(const std::string& arguments, const std::string& environment = "") {
        return testing::run_command(kiosk_command(arguments, environment), dir_);
    }

    // Starts the kiosk in the background, for tests that change its world while it runs.
    // The shell execs it: the pid returned is the kiosk's, for a signal to reach it.
    pid_t start(const std::string& arguments, const std::string& environment = "") {
        const std::string command =
            "exec " + kiosk_command(arguments, environment) + " 2>" + (dir_ / "stderr.txt").string();
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
    void wait_for_log(const std::string& text) { wait_until_file_holds(dir_ / "speech.jsonl", text); }

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
