// Where the programs find their data: beside the program, in the install layout, unless
// the development override names another folder.

#include "platform/data_directory.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <optional>
#include <string>

namespace kiosk {
namespace {

// Sets or unsets the override for one test and puts back what was there.
class OverrideVariable {
public:
    explicit OverrideVariable(const char* value) {
        if (const char* before = std::getenv(DataDirectory::kOverrideVariable)) before_ = before;
        if (value != nullptr) {
            ::setenv(DataDirectory::kOverrideVariable, value, 1);
        } else {
            ::unsetenv(DataDirectory::kOverrideVariable);
        }
    }
    ~OverrideVariable() {
        if (before_) {
            ::setenv(DataDirectory::kOverrideVariable, before_->c_str(), 1);
        } else {
            ::unsetenv(DataDirectory::kOverrideVariable);
        }
    }
    OverrideVariable(const OverrideVariable&) = delete;
    OverrideVariable& operator=(const OverrideVariable&) = delete;

private:
    std::optional<std::string> before_;
};

TEST(DataDirectory, AnInstalledProgramReadsTheShareFolderOfItsPrefix) {
    const DataDirectory data = DataDirectory::beside("/opt/kiosk/bin/access-kiosk");
    EXPECT_EQ(data.root(), "/opt/kiosk/share/access-kiosk");
    EXPECT_EQ(data.default_pack(), "/opt/kiosk/share/access-kiosk/packs/changyi");
    EXPECT_EQ(data.fonts_manifest(), "/opt/kiosk/share/access-kiosk/fonts/fonts.toml");
    EXPECT_EQ(data.strings_dir(), "/opt/kiosk/share/access-kiosk/strings/");
    EXPECT_EQ(data.earcons(), "/opt/kiosk/share/access-kiosk/audio/earcons.toml");
    EXPECT_EQ(data.lexicon_dir(), "/opt/kiosk/share/access-kiosk/audio/lexicon");
    EXPECT_NE(data.found_by().find("/opt/kiosk/bin/access-kiosk"), std::string::npos);
}

TEST(DataDirectory, WithoutTheOverrideTheRunningProgramIsFollowed) {
    const OverrideVariable unset(nullptr);
    const DataDirectory data = DataDirectory::locate();
    // This test program lies in the build tree's bin folder, beside the kiosk.
    EXPECT_EQ(data.root(), DataDirectory::beside(KIOSK_BINARY).root());
    EXPECT_EQ(data.strings_dir(), KIOSK_STRINGS_DIR);
}

TEST(DataDirectory, TheOverrideWinsUnlessEmpty) {
    {
        const OverrideVariable set("/srv/kiosk-data");
        EXPECT_EQ(DataDirectory::locate().root(), "/srv/kiosk-data");
        EXPECT_EQ(DataDirectory::locate().found_by(), DataDirectory::kOverrideVariable);
    }
    const OverrideVariable empty("");
    EXPECT_NE(DataDirectory::locate().root(), "");
    EXPECT_NE(DataDirectory::locate().found_by(), DataDirectory::kOverrideVariable);
}

}  // namespace
}  // namespace kiosk
