#include "support/nginx_server.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <thread>

extern char** environ;

namespace kiosk::testing {
namespace {

sockaddr_in local_address(int port) {
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return address;
}

bool accepts_connections(int port) {
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const sockaddr_in address = local_address(port);
    const bool connected = ::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0;
    ::close(fd);
    return connected;
}

std::string read_text(const std::filesystem::path& path) {
    std::ifstream in(path);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

int free_local_port() {
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address = local_address(0);
    socklen_t length = sizeof address;
    if (::bind(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0 ||
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
        ::close(fd);
        throw std::runtime_error("no free port on 127.0.0.1");
    }
    ::close(fd);
    return ntohs(address.sin_port);
}

NginxServer::NginxServer(std::filesystem::path root, std::filesystem::path work_dir, int worker_connections)
    : root_(std::move(root)), work_dir_(std::move(work_dir)), port_(free_local_port()) {
    std::filesystem::create_directories(work_dir_ / "temp");
    write_config(worker_connections);
    start();
}

NginxServer::~NginxServer() { stop(); }

void NginxServer::write_config(int worker_connections) const {
    const std::string dir = work_dir_.string();
    std::ofstream config(work_dir_ / "nginx.conf");
    // As root, nginx would otherwise switch its worker to "nobody"; a normal user cannot
    // switch and must not name a user.
    if (::geteuid() == 0) {
        config << "user root;\n";
    }
    config << "daemon off;\nmaster_process off;\nworker_processes 1;\n"
           << "pid " << dir << "/nginx.pid;\nerror_log " << dir << "/error.log info;\n"
           << "worker_rlimit_nofile " << worker_connections * 2 + 64 << ";\n"
           << "events { worker_connections " << worker_connections << "; }\n"
           << "http {\n  default_type application/octet-stream;\n"
           << "  log_format counts '$status $bytes_sent $connections_active $request_uri \"$http_user_agent\"';\n"
           << "  access_log " << dir << "/access.log counts;\n";
    for (const char* temp : {"client_body", "proxy", "fastcgi", "uwsgi", "scgi"}) {
        config << "  " << temp << "_temp_path " << dir << "/temp/" << temp << ";\n";
    }
    config << "  server {\n    listen 127.0.0.1:" << port_ << ";\n    root " << root_.string() << ";\n"
           << "    etag on;\n    location = /nginx_status { stub_status; }\n  }\n}\n";
}

void NginxServer::start() {
    if (pid_ > 0) {
        return;
    }
    const std::string config = (work_dir_ / "nginx.conf").string();
    const std::string prefix = work_dir_.string() + "/";
    const std::string error_log = (work_dir_ / "error.log").string();
    const std::string output = (work_dir_ / "nginx.out").string();
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, output.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
    const char* argv[] = {"nginx", "-c", config.c_str(), "-p", prefix.c_str(), "-e", error_log.c_str(), nullptr};
    const int failed = ::posix_spawnp(&pid_, "nginx", &actions, nullptr, const_cast<char**>(argv), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (failed != 0) {
        pid_ = -1;
        throw std::runtime_error("cannot start nginx (apt-get install nginx)");
    }
    wait_until_accepting();
}

// A bounded poll: nginx needs a few milliseconds to open its port.
void NginxServer::wait_until_accepting() {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (!accepts_connections(port_)) {
        int status = 0;
        if (::waitpid(pid_, &status, WNOHANG) == pid_) {
            pid_ = -1;
            throw std::runtime_error("nginx stopped at start:\n" + read_text(work_dir_ / "nginx.out") +
                                     read_text(work_dir_ / "error.log"));
        }
        if (std::chrono::steady_clock::now() > deadline) {
            stop();
            throw std::runtime_error("nginx did not accept connections within 10 s");
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
}

// SIGTERM is nginx's fast shutdown: it closes the port and open connections at once.
void NginxServer::stop() {
    if (pid_ <= 0) {
        return;
    }
    ::kill(pid_, SIGTERM);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    int status = 0;
    while (::waitpid(pid_, &status, WNOHANG) == 0) {
        if (std::chrono::steady_clock::now() > deadline) {
            ::kill(pid_, SIGKILL);
            ::waitpid(pid_, &status, 0);
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    pid_ = -1;
}

std::string NginxServer::url(const std::string& path) const {
    return "http://127.0.0.1:" + std::to_string(port_) + path;
}

std::vector<std::string> NginxServer::access_log_lines() const {
    std::vector<std::string> lines;
    std::ifstream in(access_log());
    for (std::string line; std::getline(in, line);) {
        lines.push_back(line);
    }
    return lines;
}

}  // namespace kiosk::testing
