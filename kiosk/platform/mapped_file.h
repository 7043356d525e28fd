#pragma once

#include <cstddef>
#include <string>

namespace kiosk {

// A file mapped read-only into memory. Fonts are read from a mapping rather than through
// a file handle: FreeType then reads glyphs without a system call each, and every font
// opened from one file, in any size, shares the same pages.
class MappedFile {
public:
    explicit MappedFile(const std::string& path);  // empty when the file cannot be mapped
    ~MappedFile();
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;

    const void* data() const { return data_; }
    std::size_t size() const { return size_; }
    bool empty() const { return data_ == nullptr; }

private:
    void* data_ = nullptr;
    std::size_t size_ = 0;
};

}  // namespace kiosk
