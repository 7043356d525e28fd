#include "core/content/pack_source.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace fs = std::filesystem;

namespace kiosk {

std::optional<std::uint64_t> DirectorySource::size(const std::string& relative) const {
    std::error_code ec;
    const fs::path path = fs::path(root_) / relative;
    if (!fs::is_regular_file(path, ec)) return std::nullopt;
    const auto bytes = fs::file_size(path, ec);
    if (ec) return std::nullopt;
    return bytes;
}

Result<std::string> DirectorySource::read(const std::string& relative) const {
    std::ifstream in(fs::path(root_) / relative, std::ios::binary);
    if (!in) return failure(Error(relative, "cannot open file"));
    return std::string{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::vector<std::string> DirectorySource::list(const std::string& directory) const {
    std::vector<std::string> names;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(fs::path(root_) / directory, ec)) {
        const std::string name = entry.path().filename().string();
        if (!name.empty() && name[0] == '.') continue;  // as all_files: not part of the pack
        if (entry.is_regular_file(ec)) names.push_back(name);
    }
    std::sort(names.begin(), names.end());
    return names;
}

std::vector<std::string> DirectorySource::all_files() const {
    std::vector<std::string> files;
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(root_, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (!name.empty() && name[0] == '.') {  // editor and VCS files are not part of a pack
            if (it->is_directory(ec)) it.disable_recursion_pending();
            continue;
        }
        if (it->is_regular_file(ec)) files.push_back(fs::relative(it->path(), root_).generic_string());
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::optional<std::uint64_t> MemorySource::size(const std::string& relative) const {
    auto it = files_.find(relative);
    if (it == files_.end()) return std::nullopt;
    return it->second.size();
}

Result<std::string> MemorySource::read(const std::string& relative) const {
    auto it = files_.find(relative);
    if (it == files_.end()) return failure(Error(relative, "not in the archive"));
    return it->second;
}

std::vector<std::string> MemorySource::list(const std::string& directory) const {
    std::vector<std::string> names;
    const std::string prefix = directory.empty() ? "" : directory + "/";
    for (const auto& [path, bytes] : files_) {
        if (path.rfind(prefix, 0) != 0) continue;
        const std::string rest = path.substr(prefix.size());
        if (rest.find('/') == std::string::npos) names.push_back(rest);
    }
    return names;
}

std::vector<std::string> MemorySource::all_files() const {
    std::vector<std::string> files;
    for (const auto& [path, bytes] : files_) files.push_back(path);
    return files;
}

}  // namespace kiosk
