#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace kiosk {

// The file a download is written into before anyone reads it. It is removed unless kept:
// a failed or abandoned download leaves nothing half-written behind. Not copyable.
class StagingFile {
public:
    // Creates or truncates `path` (mode 0644). On failure is_open() is false and error()
    // says why.
    explicit StagingFile(std::string path);
    ~StagingFile();
    StagingFile(const StagingFile&) = delete;
    StagingFile& operator=(const StagingFile&) = delete;

    [[nodiscard]] bool is_open() const { return fd_ >= 0; }
    // Appends all of `data`; false after a write error, whose errno write_errno() keeps.
    bool append(const char* data, std::size_t size);
    // Flushes the whole file to the disk and closes it, so it stays. False (and the file
    // is removed) if the disk refuses.
    bool keep();
    // Closes and removes the file; safe to call more than once.
    void discard();

    [[nodiscard]] std::uint64_t size() const { return size_; }
    [[nodiscard]] int write_errno() const { return write_errno_; }
    [[nodiscard]] const std::string& error() const { return error_; }

private:
    std::string path_;
    int fd_ = -1;
    std::uint64_t size_ = 0;
    int write_errno_ = 0;
    std::string error_;
};

}  // namespace kiosk
