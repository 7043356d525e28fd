#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "core/content/pack_loader.h"
#include "support/paths.h"

namespace kiosk::testing {

// A copy of the mini pack in a fresh folder, for one test to spoil.
class SpoiledPack : public ::testing::Test {
protected:
    void SetUp() override {
        root_ =
            std::filesystem::temp_directory_path() / ("kiosk-pack-" + std::to_string(::getpid()) + "-" +
                                                      ::testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::remove_all(root_);
        std::filesystem::copy(fixture_path("mini-pack"), root_, std::filesystem::copy_options::recursive);
    }
    void TearDown() override { std::filesystem::remove_all(root_); }

    void write(const std::string& relative, const std::string& bytes) {
        std::ofstream(root_ / relative, std::ios::binary | std::ios::trunc) << bytes;
    }
    std::string read(const std::string& relative) {
        std::ifstream in(root_ / relative, std::ios::binary);
        return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    }
    void replace(const std::string& relative, const std::string& from, const std::string& to) {
        std::string text = read(relative);
        const auto at = text.find(from);
        ASSERT_NE(at, std::string::npos) << from;
        write(relative, text.replace(at, from.size(), to));
    }

    // The one error the load must report, as "file:line:col: error: message".
    std::string only_error() {
        const PackLoadResult result = load_pack(root_.string());
        EXPECT_FALSE(result.pack) << "a pack with errors must not load";
        std::vector<std::string> errors;
        for (const auto& p : result.problems) {
            if (p.severity == Severity::error) errors.push_back(p.to_string());
        }
        EXPECT_EQ(errors.size(), 1u) << ::testing::PrintToString(errors);
        return errors.empty() ? std::string() : errors.front();
    }

    std::filesystem::path root_;
};

}  // namespace kiosk::testing
