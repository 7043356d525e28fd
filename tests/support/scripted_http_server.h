#pragma once

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <condition_variable>
#include <cstring>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace kiosk::testing {

// A one-thread HTTP server on 127.0.0.1 that answers every request with the same bytes and
// then, as told, closes the connection or holds it open without sending more, until it is
// destroyed. For the answers a real server rarely gives: a body cut short, a stall; and
// for a client's POST, whose requests (with their bodies) it keeps.
class ScriptedHttpServer {
public:
    enum class After { close, hold_open };

    ScriptedHttpServer(std::string answer, After after) : answer_(std::move(answer)), after_(after) {
        listener_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (::bind(listener_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
            ::listen(listener_, 8) != 0 ||
            ::getsockname(listener_, reinterpret_cast<sockaddr*>(&address), &length) != 0 ||
            ::pipe2(stop_, O_CLOEXEC) != 0) {
            throw std::runtime_error("cannot listen on 127.0.0.1");
        }
        port_ = ntohs(address.sin_port);
        thread_ = std::thread([this] { serve(); });
    }
    ~ScriptedHttpServer() {
        const char stop = 's';
        (void)!::write(stop_[1], &stop, 1);
        thread_.join();
        ::close(listener_);
        ::close(stop_[0]);
        ::close(stop_[1]);
    }
    ScriptedHttpServer(const ScriptedHttpServer&) = delete;
    ScriptedHttpServer& operator=(const ScriptedHttpServer&) = delete;

    [[nodiscard]] std::string url(const std::string& path) const {
        return "http://127.0.0.1:" + std::to_string(port_) + path;
    }

    // Every request so far, head and body, in the order they came.
    [[nodiscard]] std::vector<std::string> requests() {
        const std::lock_guard lock(mutex_);
        return requests_;
    }

    // Returns once the answer has been sent to a client.
    void wait_until_answered() {
        std::unique_lock lock(mutex_);
        answered_changed_.wait(lock, [this] { return answered_; });
    }

private:
    // Waits for `fd` to be readable; false once the server is told to stop.
    bool wait_for(int fd) const {
        pollfd fds[2] = {{fd, POLLIN, 0}, {stop_[0], POLLIN, 0}};
        while (::poll(fds, 2, -1) < 0) {}
        return (fds[1].revents & POLLIN) == 0;
    }

    void serve() {
        while (wait_for(listener_)) {
            const int client = ::accept4(listener_, nullptr, nullptr, SOCK_CLOEXEC);
            if (client < 0) {
                continue;
            }
            std::string request;
            char buffer[4096];
            while (request.find("\r\n\r\n") == std::string::npos && wait_for(client)) {
                const ssize_t got = ::read(client, buffer, sizeof buffer);
                if (got <= 0) {
                    break;
                }
                request.append(buffer, static_cast<std::size_t>(got));
            }
            const std::size_t body_at = request.find("\r\n\r\n");
            const std::size_t length = body_at == std::string::npos ? 0 : content_length(request);
            while (body_at != std::string::npos && request.size() < body_at + 4 + length && wait_for(client)) {
                const ssize_t got = ::read(client, buffer, sizeof buffer);
                if (got <= 0) {
                    break;
                }
                request.append(buffer, static_cast<std::size_t>(got));
            }
            (void)!::send(client, answer_.data(), answer_.size(), MSG_NOSIGNAL);
            {
                const std::lock_guard lock(mutex_);
                requests_.push_back(request);
                answered_ = true;
            }
            answered_changed_.notify_all();
            if (after_ == After::hold_open) {
                wait_for(stop_[0]);  // returns only when the server is told to stop
            }
            ::close(client);
        }
    }

    // The Content-Length a request's head gives; 0 without one.
    static std::size_t content_length(const std::string& request) {
        for (const char* name : {"Content-Length:", "content-length:"}) {
            const std::size_t at = request.find(name);
            if (at != std::string::npos) {
                return static_cast<std::size_t>(std::stoul(request.substr(at + std::strlen(name))));
            }
        }
        return 0;
    }

    std::string answer_;
    std::vector<std::string> requests_;
    After after_;
    int listener_ = -1;
    int stop_[2] = {-1, -1};
    int port_ = 0;
    std::mutex mutex_;
    std::condition_variable answered_changed_;
    bool answered_ = false;
    std::thread thread_;
};

}  // namespace kiosk::testing
