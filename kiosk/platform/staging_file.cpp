#include "platform/staging_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <utility>

namespace kiosk {

StagingFile::StagingFile(std::string path) : path_(std::move(path)) {
    fd_ = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd_ < 0) {
        error_ = "cannot create the staging file " + path_ + ": " + std::strerror(errno);
        path_.clear();  // not ours: nothing to remove
    }
}

StagingFile::~StagingFile() { discard(); }

bool StagingFile::append(const char* data, std::size_t size) {
    while (size > 0) {
        const ssize_t written = ::write(fd_, data, size);
        if (written < 0 && errno == EINTR) {
            continue;
        }
        if (written <= 0) {
            write_errno_ = written < 0 ? errno : ENOSPC;  // a write of 0 bytes means no room
            return false;
        }
        data += written;
        size -= static_cast<std::size_t>(written);
        size_ += static_cast<std::uint64_t>(written);
    }
    return true;
}

bool StagingFile::keep() {
    if (fd_ < 0) {
        return false;
    }
    const bool synced = ::fsync(fd_) == 0;
    const int sync_errno = errno;
    const bool closed = ::close(fd_) == 0;
    fd_ = -1;
    if (synced && closed) {
        path_.clear();  // kept: nothing for discard() to remove
        return true;
    }
    write_errno_ = synced ? errno : sync_errno;
    ::unlink(path_.c_str());
    path_.clear();
    return false;
}

void StagingFile::discard() {
    if (fd_ >= 0) {
        ::close(fd_);
        fd_ = -1;
    }
    if (!path_.empty()) {
        ::unlink(path_.c_str());
        path_.clear();
    }
}

}  // namespace kiosk
