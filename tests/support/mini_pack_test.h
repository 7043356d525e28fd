#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "support/paths.h"
#include "support/run_command.h"

namespace kiosk::testing {

// A test with its own copy of the mini pack (in dir()/pack) to spoil, and kiosk-pack to
// run on it. The folder is kept when the test fails, to look at.
class MiniPackTest : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = std::filesystem::temp_directory_path() /
               ("kiosk-pack-tool-" + std::to_string(::getpid()) + "-" +
                ::testing::UnitTest::GetInstance()->current_test_info()->test_suite_name() + "-" +
                ::testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::remove_all(dir_);
        std::filesystem::create_directories(dir_);
        pack_ = dir_ / "pack";
        std::filesystem::copy(fixture_path("mini-pack"), pack_, std::filesystem::copy_options::recursive);
    }
    void TearDown() override {
        if (!HasFailure()) std::filesystem::remove_all(dir_);
    }

    CommandResult tool(const std::string& arguments) {
        return run_command(std::string(KIOSK_PACK_BINARY) + " " + arguments, dir_);
    }
    CommandResult check() { return tool("check " + pack_.string()); }

    std::string read(const std::string& relative) { return slurp(pack_ / relative); }
    void write(const std::string& relative, const std::string& bytes) {
        std::ofstream(pack_ / relative, std::ios::binary | std::ios::trunc) << bytes;
    }
    void replace(const std::string& relative, const std::string& from, const std::string& to) {
        std::string text = read(relative);
        const auto at = text.find(from);
        ASSERT_NE(at, std::string::npos) << from;
        write(relative, text.replace(at, from.size(), to));
    }

    std::filesystem::path dir_;
    std::filesystem::path pack_;
};

}  // namespace kiosk::testing
