#pragma once

#include <string>

namespace kiosk {

// Where the programs find the data they ship with: the default pack, fonts.toml, the
// earcons, the base pronunciation lexicons and the compiled UI string bundles. An
// installed program finds it beside its own install prefix (PREFIX/bin/access-kiosk reads
// PREFIX/share/access-kiosk), so the package can be installed anywhere; the build tree has
// the same layout (build/bin/kiosk reads build/share/access-kiosk). For development, or a
// data folder kept elsewhere, the environment variable ACCESS_KIOSK_DATA_DIR overrides it.
class DataDirectory {
public:
    static constexpr const char* kOverrideVariable = "ACCESS_KIOSK_DATA_DIR";

    // The override when it is set and not empty, else the folder beside the running program.
    static DataDirectory locate();
    // The folder beside `program` (the path of an executable): PROGRAM_DIR/../share/access-kiosk.
    static DataDirectory beside(const std::string& program);

    DataDirectory(std::string root, std::string found_by);

    const std::string& root() const { return root_; }
    // How the root was found, for the help text and for staff: the variable, or the program.
    const std::string& found_by() const { return found_by_; }

    std::string default_pack() const { return root_ + "/packs/changyi"; }
    std::string fonts_manifest() const { return root_ + "/fonts/fonts.toml"; }
    std::string strings_dir() const { return root_ + "/strings/"; }
    std::string earcons() const { return root_ + "/audio/earcons.toml"; }
    std::string lexicon_dir() const { return root_ + "/audio/lexicon"; }

private:
    std::string root_;
    std::string found_by_;
};

}  // namespace kiosk
