#include "pack_tool/console/confined_path.h"

#include <algorithm>

namespace fs = std::filesystem;

namespace kiosk {
namespace {

constexpr std::size_t kLongestName = 512;

bool inside(const fs::path& root, const fs::path& path) {
    auto r = root.begin();
    auto p = path.begin();
    for (; r != root.end(); ++r, ++p) {
        if (p == path.end() || *r != *p) return false;
    }
    return true;
}

}  // namespace

Result<fs::path> confined_path(const fs::path& root, const std::string& relative) {
    const auto refused = [&](const std::string& why) { return failure(Error(relative, why)); };
    if (relative.empty() || relative.size() > kLongestName) return refused("a file name of 1 to 512 bytes is needed");
    if (std::any_of(relative.begin(), relative.end(),
                    [](char c) { return c == '\\' || static_cast<unsigned char>(c) < 0x20; })) {
        return refused("the name has a backslash or a control character");
    }
    const fs::path asked(relative);
    if (asked.is_absolute()) return refused("an absolute path is outside the pack");
    for (const auto& part : asked) {
        if (part == ".." || part == "." || part.empty()) return refused("'..', '.' and empty parts are not allowed");
    }
    std::error_code ec;
    const fs::path real_root = fs::canonical(root, ec);
    if (ec) return failure(Error(root.string(), "cannot open the pack: " + ec.message()));
    // A link anywhere on the way is followed; where it ends is what counts.
    const fs::path real = fs::weakly_canonical(real_root / asked, ec);
    if (ec) return refused("cannot resolve: " + ec.message());
    if (!inside(real_root, real) || real == real_root) return refused("the path leads outside the pack");
    return real;
}

bool is_editable_pack_file(const std::string& relative) {
    const std::string extension = fs::path(relative).extension().string();
    return extension == ".md" || extension == ".toml";
}

}  // namespace kiosk
