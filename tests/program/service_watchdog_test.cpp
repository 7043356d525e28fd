// The kiosk as a systemd service, against a fake NOTIFY_SOCKET: READY=1 once the first
// frame is shown, WATCHDOG=1 every half interval, and no ping once the main loop hangs or
// the speech worker wedges (the input script's test hooks), while the rest goes on.

#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "support/kiosk_program.h"

namespace kiosk {
namespace {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;
using testing::slurp;

// systemd's WatchdogSec for these runs: the kiosk pings every 150 ms.
constexpr auto kInterval = 300ms;
// However slow the machine (an ASan build, two cores shared), the kiosk is up by then.
constexpr auto kStartLimit = 30s;

struct Message {
    std::string text;
    Clock::time_point at;
};

bool is_ping(const Message& message) { return message.text == "WATCHDOG=1"; }

class ServiceWatchdog : public testing::KioskProgram {
protected:
    void SetUp() override {
        KioskProgram::SetUp();
        socket_ = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        ASSERT_GE(socket_, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const std::string path = socket_path();
        ASSERT_LT(path.size(), sizeof address.sun_path);
        path.copy(address.sun_path, path.size());
        ASSERT_EQ(::bind(socket_, reinterpret_cast<const sockaddr*>(&address), sizeof address), 0);
    }
    void TearDown() override {
        if (kiosk_ > 0) {  // a hung or wedged kiosk, as systemd would end it
            ::kill(kiosk_, SIGKILL);
            ::waitpid(kiosk_, nullptr, 0);
        }
        if (socket_ >= 0) ::close(socket_);
        KioskProgram::TearDown();
    }

    std::string socket_path() const { return (dir_ / "notify").string(); }

    void start_kiosk(const std::string& script, const std::string& options, const std::string& environment = "") {
        const auto usec = std::chrono::duration_cast<std::chrono::microseconds>(kInterval).count();
        kiosk_ = start("--locale en --speech-log " + (dir_ / "speech.jsonl").string() + " --script " +
                           write_script(script).string() + " " + options,
                       "NOTIFY_SOCKET=" + socket_path() + " WATCHDOG_USEC=" + std::to_string(usec) + " " + environment);
    }

    // The next message, if one comes within `limit`.
    std::optional<Message> receive(Clock::duration limit) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(limit).count();
        pollfd ready{socket_, POLLIN, 0};
        if (::poll(&ready, 1, static_cast<int>(std::max<long long>(0, left))) <= 0) return std::nullopt;
        char buffer[4096];
        const ssize_t got = ::recv(socket_, buffer, sizeof buffer, 0);
        if (got < 0) return std::nullopt;
        return Message{std::string(buffer, static_cast<std::size_t>(got)), Clock::now()};
    }

    // Every message until `until`.
    std::vector<Message> messages_until(Clock::time_point until) {
        std::vector<Message> messages;
        while (auto message = receive(until - Clock::now())) messages.push_back(*message);
        return messages;
    }

    // Messages until one holds `text` (within `limit`); false if none did.
    bool wait_for_message(const std::string& text, Clock::duration limit, std::vector<Message>* seen = nullptr) {
        const auto until = Clock::now() + limit;
        while (auto message = receive(until - Clock::now())) {
            if (seen != nullptr) seen->push_back(*message);
            if (message->text.find(text) != std::string::npos) return true;
        }
        return false;
    }

    // What the kiosk sent before the log showed a test hook: already in the socket.
    std::vector<Message> drain() { return messages_until(Clock::now()); }

    bool logged(const std::string& text) { return slurp(dir_ / "speech.jsonl").find(text) != std::string::npos; }

    int socket_ = -1;
    pid_t kiosk_ = -1;
};

long pings(const std::vector<Message>& messages) { return std::count_if(messages.begin(), messages.end(), is_ping); }

TEST_F(ServiceWatchdog, TellsReadyAfterTheFirstFrameThenPingsEveryHalfIntervalAndStopping) {
    start_kiosk("clock real\nwait 2500\nquit\n", "--speech off");
    std::vector<Message> before_ready;
    ASSERT_TRUE(wait_for_message("READY=1", kStartLimit, &before_ready)) << slurp(dir_ / "stderr.txt");
    EXPECT_EQ(pings(before_ready), 0) << "no ping before the kiosk is ready";
    EXPECT_NE(before_ready.back().text.find("STATUS=showing"), std::string::npos) << before_ready.back().text;
    EXPECT_TRUE(logged("\"event\":\"frame\"")) << "READY=1 comes after the first frame";

    const auto ready_at = before_ready.back().at;
    const std::vector<Message> second = messages_until(ready_at + 1s);
    // Six pings in a second at a 150 ms period; a slow machine may lose one or two turns.
    EXPECT_GE(pings(second), 4);
    EXPECT_LE(pings(second), 7) << "no more than one per half interval";

    std::vector<Message> rest;
    EXPECT_TRUE(wait_for_message("STOPPING=1", 10s, &rest)) << "the script quits";
    EXPECT_EQ(wait_for_exit(std::exchange(kiosk_, -1)), 0) << slurp(dir_ / "stderr.txt");
}

TEST_F(ServiceWatchdog, AHungMainLoopStopsThePings) {
    start_kiosk("clock real\nwait 800\nhang-loop\n", "--speech off");
    ASSERT_TRUE(wait_for_message("READY=1", kStartLimit)) << slurp(dir_ / "stderr.txt");
    testing::wait_until_file_holds(dir_ / "speech.jsonl", "the main loop blocks");
    ASSERT_TRUE(logged("the main loop blocks")) << slurp(dir_ / "stderr.txt");
    EXPECT_GE(pings(drain()), 2) << "the kiosk pinged while its loop turned";

    const std::vector<Message> after = messages_until(Clock::now() + 4 * kInterval);
    EXPECT_EQ(pings(after), 0) << "a hung loop sends nothing";
}

TEST_F(ServiceWatchdog, AWedgedSpeechWorkerStopsThePingsWhileTheLoopTurns) {
    // The first key wakes the kiosk, which says how to use the keys: that synthesis wedges.
    // SDL's dummy audio driver opens a device, so eSpeak NG does synthesize.
    start_kiosk("clock real\nwait 800\nwedge-speech\nkey Down\nwait 2200\nkey Down\nwait 200\nquit\n", "--speech on");
    ASSERT_TRUE(wait_for_message("READY=1", kStartLimit)) << slurp(dir_ / "stderr.txt");
    testing::wait_until_file_holds(dir_ / "speech.jsonl", "\"event\":\"speak\"");
    ASSERT_TRUE(logged("the next synthesis blocks")) << slurp(dir_ / "stderr.txt");
    ASSERT_TRUE(logged("\"event\":\"speak\"")) << slurp(dir_ / "speech.jsonl");
    const auto wedged_at = Clock::now();
    EXPECT_GE(pings(drain()), 2) << "the kiosk pinged while its speech worker answered";

    // The worker may have answered the question asked just before it wedged: at most the
    // next tick pings. After that, nothing while the loop still turns.
    const std::vector<Message> after = messages_until(wedged_at + 1500ms);
    const auto late = std::count_if(after.begin(), after.end(), [&](const Message& message) {
        return is_ping(message) && message.at > wedged_at + 2 * kInterval;
    });
    EXPECT_EQ(late, 0) << "a wedged speech worker stops the pings";
    EXPECT_TRUE(std::any_of(after.begin(), after.end(), [](const Message& message) {
        return message.text.find("STATUS=the speech worker does not answer") != std::string::npos;
    })) << "the technician reads why in systemctl status";

    std::vector<Message> rest;
    EXPECT_TRUE(wait_for_message("STOPPING=1", 10s, &rest)) << "the loop turned on and played the script to its end";
    EXPECT_EQ(pings(rest), 0);
    EXPECT_EQ(wait_for_exit(std::exchange(kiosk_, -1)), 0) << "the wedged worker is let go at exit";
    const std::string log = slurp(dir_ / "speech.jsonl");
    EXPECT_NE(log.find("\"key\":\"Down\""), log.rfind("\"key\":\"Down\"")) << "both keys reached the kiosk";
}

}  // namespace
}  // namespace kiosk
