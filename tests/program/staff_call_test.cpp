// The call for staff in the real kiosk: holding keypad 0 POSTs the documented JSON to a
// local test server, the kiosk says the call was made and then that staff received it; a
// second call within the rate limit is not sent and is spoken as already sent. A server
// that refuses the call is spoken as a call that could not be sent. Staff's own key, after
// a call, is spoken as someone on the way.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <regex>

#include "support/kiosk_program.h"
#include "support/scripted_http_server.h"

namespace kiosk {
namespace {

using nlohmann::json;
using testing::ScriptedHttpServer;
using testing::slurp;

constexpr const char* kHoldZero = "key-down Keypad 0\nwait 2500\nkey-up Keypad 0\n";

class StaffCall : public testing::KioskProgram {
protected:
    std::string run_calls(ScriptedHttpServer& server, const std::string& script, const std::string& options = "") {
        const auto path = write_script("wait 300\nkey Down\nwait 300\n" + script + "wait 300\nquit\n");
        const auto result =
            run("--locale en " + options + " --kiosk-id hall-3 --staff-alert-url " + server.url("/call") +
                " --speech-log " + (dir_ / "speech.jsonl").string() + " --script " + path.string());
        EXPECT_EQ(result.exit_code, 0) << result.err;
        return result.err;
    }
    std::vector<std::string> said() {
        std::vector<std::string> lines;
        for (const json& event : read_log()) {
            if (event["event"] == "speak") lines.push_back(event["display"].get<std::string>());
        }
        return lines;
    }
    static bool has(const std::vector<std::string>& lines, const std::string& line) {
        return std::find(lines.begin(), lines.end(), line) != lines.end();
    }
};

TEST_F(StaffCall, HoldingZeroPostsTheCallAndSpeaksItsReceiptThenASecondCallIsAlreadySent) {
    ScriptedHttpServer server("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
                              ScriptedHttpServer::After::close);
    run_calls(server, std::string(kHoldZero) + "await staff call received\n" + kHoldZero);

    const std::vector<std::string> requests = server.requests();
    ASSERT_EQ(requests.size(), 1U) << "the second call is within the rate limit";
    EXPECT_EQ(requests[0].rfind("POST /call HTTP/1.1\r\n", 0), 0U) << requests[0];
    EXPECT_NE(requests[0].find("Content-Type: application/json"), std::string::npos);
    const json body = json::parse(requests[0].substr(requests[0].find("\r\n\r\n") + 4));
    EXPECT_EQ(body.size(), 4U) << body.dump() << ": nothing but the four fields";
    EXPECT_EQ(body["kiosk"], "hall-3");
    EXPECT_EQ(body["screen"], "home");
    EXPECT_EQ(body["language"], "en");
    EXPECT_TRUE(std::regex_match(body["time"].get<std::string>(), std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)")))
        << body["time"];

    const std::vector<std::string> lines = said();
    const auto told = std::find(lines.begin(), lines.end(), "Staff have been told. Please wait.");
    const auto received = std::find(lines.begin(), lines.end(), "Staff have received your call.");
    const auto again = std::find(lines.begin(), lines.end(), "Staff have already been told. Please wait.");
    ASSERT_NE(told, lines.end()) << slurp(dir_ / "speech.jsonl");
    ASSERT_NE(received, lines.end()) << slurp(dir_ / "speech.jsonl");
    ASSERT_NE(again, lines.end()) << slurp(dir_ / "speech.jsonl");
    EXPECT_LT(told, received);
    EXPECT_LT(received, again);
    int backs = 0;
    int holds = 0;
    for (const json& event : read_log()) {
        backs += event["event"] == "key" && event["key"] == "Keypad 0" ? 1 : 0;
        holds += event["event"] == "key" && event["key"] == "call-staff key held" ? 1 : 0;
    }
    EXPECT_EQ(backs, 2) << "the held key's Back acts once per press, never repeated";
    EXPECT_EQ(holds, 2);
    bool chimed = false;
    for (const json& event : read_log()) chimed = chimed || (event["event"] == "earcon" && event["name"] == "chime");
    EXPECT_TRUE(chimed);
}

TEST_F(StaffCall, AServerThatRefusesTheCallIsSpokenAsNotSent) {
    ScriptedHttpServer server("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
                              ScriptedHttpServer::After::close);
    const std::string err = run_calls(server, std::string(kHoldZero) + "await staff call not delivered\n");
    EXPECT_EQ(server.requests().size(), 1U) << err;
    EXPECT_TRUE(has(said(), "The call could not be sent. Please ask at the service desk, or call 12345."))
        << slurp(dir_ / "speech.jsonl");
}

TEST_F(StaffCall, TheStaffKeyAfterACallIsSpokenAsSomeoneComingAndDoesNothingElse) {
    ScriptedHttpServer server("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
                              ScriptedHttpServer::After::close);
    run_calls(server, "key F12\n" + std::string(kHoldZero) + "await staff call received\nkey F12\n",
              "--staff-ack-key F12");
    const std::vector<std::string> lines = said();
    const auto received = std::find(lines.begin(), lines.end(), "Staff have received your call.");
    const auto coming = std::find(lines.begin(), lines.end(), "A member of staff is on the way. Please wait.");
    ASSERT_NE(coming, lines.end()) << slurp(dir_ / "speech.jsonl");
    EXPECT_LT(received, coming);
    EXPECT_EQ(std::count(lines.begin(), lines.end(), "A member of staff is on the way. Please wait."), 1)
        << "the first press, with no call open, says nothing";
    for (const json& event : read_log()) {
        EXPECT_FALSE(event["event"] == "key" && event["key"] == "F12") << "staff's key is no resident's command";
    }
}

}  // namespace
}  // namespace kiosk
