#include "pack_tool/console/child_program.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>

extern char** environ;  // NOLINT(readability-redundant-declaration): POSIX declares it nowhere else

namespace kiosk {
namespace {

using Clock = std::chrono::steady_clock;

struct Pipe {
    int read = -1;
    int write = -1;
    Pipe() {
        std::array<int, 2> fds{};
        if (::pipe2(fds.data(), O_CLOEXEC) == 0) read = fds[0], write = fds[1];
    }
    ~Pipe() {
        if (read >= 0) ::close(read);
        if (write >= 0) ::close(write);
    }
    Pipe(const Pipe&) = delete;
    Pipe& operator=(const Pipe&) = delete;
    void close_write() {
        ::close(write);
        write = -1;
    }
};

// Reads both streams until they close or the time is up; false when the time ran out.
bool collect(Pipe& out, Pipe& err, ProgramOutput& output, Clock::time_point deadline, std::size_t limit) {
    std::array<pollfd, 2> fds{pollfd{out.read, POLLIN, 0}, pollfd{err.read, POLLIN, 0}};
    std::array<std::string*, 2> into{&output.out, &output.err};
    int open = 2;
    while (open > 0) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
        if (left <= 0) return false;
        const int ready = ::poll(fds.data(), fds.size(), static_cast<int>(left));
        if (ready < 0 && errno == EINTR) continue;
        if (ready <= 0) return ready == 0 ? false : true;
        for (std::size_t i = 0; i < fds.size(); ++i) {
            if (fds[i].fd < 0 || fds[i].revents == 0) continue;
            std::array<char, 65536> buffer{};
            const ssize_t n = ::read(fds[i].fd, buffer.data(), buffer.size());
            if (n <= 0) {
                fds[i].fd = -1;
                --open;
                continue;
            }
            const std::size_t room = limit - std::min(limit, into[i]->size());
            into[i]->append(buffer.data(), std::min(room, static_cast<std::size_t>(n)));
        }
    }
    return true;
}

}  // namespace

Result<ProgramOutput> run_program(const std::vector<std::string>& argv, const std::vector<std::string>& environment,
                                  std::chrono::milliseconds timeout, std::size_t limit) {
    if (argv.empty()) return failure("no program to run");
    Pipe out, err;
    if (out.read < 0 || err.read < 0) return failure(std::string("cannot make a pipe: ") + std::strerror(errno));
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out.write, STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, err.write, STDERR_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);

    std::vector<std::string> env;
    for (char** variable = environ; *variable != nullptr; ++variable) env.emplace_back(*variable);
    env.insert(env.end(), environment.begin(), environment.end());
    std::vector<char*> args, envp;
    for (const auto& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
    for (const auto& variable : env) envp.push_back(const_cast<char*>(variable.c_str()));
    args.push_back(nullptr);
    envp.push_back(nullptr);

    pid_t pid = 0;
    const int spawned = ::posix_spawn(&pid, argv[0].c_str(), &actions, nullptr, args.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) return failure(Error(argv[0], std::string("cannot start: ") + std::strerror(spawned)));
    out.close_write();
    err.close_write();

    ProgramOutput output;
    const bool ended = collect(out, err, output, Clock::now() + timeout, limit);
    if (!ended) ::kill(pid, SIGKILL);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    output.exit_status = ended && WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return output;
}

}  // namespace kiosk
