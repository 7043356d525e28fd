#include "pack_tool/durable_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

namespace kiosk {
namespace {

Failure<Error> system_error(const std::string& path, const char* what) {
    return failure(Error(path, std::string(what) + ": " + std::strerror(errno)));
}

// fsync on a file or folder opened read-only: what makes a rename survive a power cut.
Status sync_path(const std::string& path, int flags) {
    const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
    if (fd < 0) return system_error(path, "cannot open");
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    if (!synced) return system_error(path, "cannot flush to disk");
    return {};
}

std::string folder_of(const std::string& path) {
    const std::string folder = std::filesystem::path(path).parent_path().string();
    return folder.empty() ? "." : folder;
}

Status write_all(int fd, const std::string& path, const std::string& bytes) {
    std::size_t written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return system_error(path, "cannot write");
        written += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0) return system_error(path, "cannot flush to disk");
    return {};
}

}  // namespace

Status write_file_durably(const std::string& path, const std::string& bytes) {
    const std::filesystem::path target(path);
    const std::string temporary = (target.parent_path() / ("." + target.filename().string() + ".part")).string();
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) return system_error(temporary, "cannot create");
    Status written = write_all(fd, temporary, bytes);
    if (::close(fd) != 0 && written) written = system_error(temporary, "cannot write");
    if (!written) {
        std::remove(temporary.c_str());
        return written;
    }
    if (::rename(temporary.c_str(), path.c_str()) != 0) {
        Status renamed = system_error(path, "cannot replace");
        std::remove(temporary.c_str());
        return renamed;
    }
    return sync_path(folder_of(path), O_RDONLY | O_DIRECTORY);
}

Status move_file_durably(const std::string& from, const std::string& to) {
    if (Status synced = sync_path(from, O_RDONLY); !synced) return synced;
    if (::rename(from.c_str(), to.c_str()) != 0) return system_error(to, "cannot rename into place");
    return sync_path(folder_of(to), O_RDONLY | O_DIRECTORY);
}

}  // namespace kiosk
