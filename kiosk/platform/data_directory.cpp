#include "platform/data_directory.h"

#include <cstdlib>
#include <filesystem>
#include <system_error>
#include <utility>

namespace kiosk {
namespace {

// The data folder relative to the folder of the program, as the build installs them
// (GNUInstallDirs: DATADIR/access-kiosk seen from BINDIR; "../share/access-kiosk").
constexpr const char* kDataFromProgram = KIOSK_DATA_FROM_PROGRAM;

}  // namespace

DataDirectory::DataDirectory(std::string root, std::string found_by)
    : root_(std::move(root)), found_by_(std::move(found_by)) {}

DataDirectory DataDirectory::beside(const std::string& program) {
    const std::filesystem::path folder = std::filesystem::path(program).parent_path();
    return {(folder / kDataFromProgram).lexically_normal().string(), "the program's location, " + program};
}

DataDirectory DataDirectory::locate() {
    if (const char* given = std::getenv(kOverrideVariable); given != nullptr && *given != '\0') {
        return {given, std::string(kOverrideVariable)};
    }
    // The running program itself, with every symbolic link followed: a link to the
    // program elsewhere still finds the data of its install prefix.
    std::error_code error;
    const std::filesystem::path program = std::filesystem::read_symlink("/proc/self/exe", error);
    if (error) return {kDataFromProgram, "the working directory (/proc/self/exe unreadable: " + error.message() + ")"};
    return beside(program.string());
}

}  // namespace kiosk
