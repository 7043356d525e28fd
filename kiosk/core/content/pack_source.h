#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"

namespace kiosk {

// Where a pack's files come from: a directory staff edit, or an archive read into memory.
// Paths are relative to the pack root, with '/' separators.
class PackSource {
public:
    virtual ~PackSource() = default;
    virtual std::string describe() const = 0;
    virtual std::optional<std::uint64_t> size(const std::string& relative) const = 0;
    // The bytes of a file, or why it cannot be read.
    virtual Result<std::string> read(const std::string& relative) const = 0;
    // Names of the regular files directly inside a directory, sorted.
    virtual std::vector<std::string> list(const std::string& directory) const = 0;
    // Every regular file of the pack, sorted, for whole-pack checks and archiving.
    virtual std::vector<std::string> all_files() const = 0;
};

class DirectorySource : public PackSource {
public:
    explicit DirectorySource(std::string root) : root_(std::move(root)) {}
    std::string describe() const override { return root_; }
    std::optional<std::uint64_t> size(const std::string& relative) const override;
    Result<std::string> read(const std::string& relative) const override;
    std::vector<std::string> list(const std::string& directory) const override;
    std::vector<std::string> all_files() const override;

private:
    std::string root_;
};

class MemorySource : public PackSource {
public:
    MemorySource(std::string name, std::map<std::string, std::string> files)
        : name_(std::move(name)), files_(std::move(files)) {}
    std::string describe() const override { return name_; }
    std::optional<std::uint64_t> size(const std::string& relative) const override;
    Result<std::string> read(const std::string& relative) const override;
    std::vector<std::string> list(const std::string& directory) const override;
    std::vector<std::string> all_files() const override;

private:
    std::string name_;
    std::map<std::string, std::string> files_;
};

}  // namespace kiosk
