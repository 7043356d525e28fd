#pragma once

#include <sys/types.h>

#include <filesystem>
#include <string>
#include <vector>

namespace kiosk::testing {

// Debian's nginx as a child process serving `root` on a free 127.0.0.1 port, with a
// throwaway configuration, logs, pid file and temp folders in `work_dir` (created if
// missing). The constructor returns once nginx accepts connections (or throws, quoting
// nginx's error log); the destructor stops it. stop() and start() take it away and bring
// it back on the same port, as a server that goes down and returns.
//
// Each access log line is "STATUS BYTES_SENT ACTIVE_CONNECTIONS REQUEST_URI USER_AGENT",
// where BYTES_SENT counts the whole answer (headers too) and ACTIVE_CONNECTIONS is
// nginx's count of open client connections when the request ended.
class NginxServer {
public:
    NginxServer(std::filesystem::path root, std::filesystem::path work_dir, int worker_connections = 1024);
    ~NginxServer();
    NginxServer(const NginxServer&) = delete;
    NginxServer& operator=(const NginxServer&) = delete;

    void start();
    void stop();

    [[nodiscard]] int port() const { return port_; }
    [[nodiscard]] std::string url(const std::string& path) const;  // path starts with '/'
    [[nodiscard]] std::vector<std::string> access_log_lines() const;
    [[nodiscard]] std::filesystem::path access_log() const { return work_dir_ / "access.log"; }

private:
    void write_config(int worker_connections) const;
    void wait_until_accepting();

    std::filesystem::path root_;
    std::filesystem::path work_dir_;
    int port_ = 0;
    pid_t pid_ = -1;
};

// A port on 127.0.0.1 that nothing listened on a moment ago.
int free_local_port();

}  // namespace kiosk::testing
