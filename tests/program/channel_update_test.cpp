// The real kiosk following a pack channel that kiosk-pack publish wrote, served by Debian's
// nginx on a free port: a newer pack is downloaded and shown after the idle delay, and
// kept when the server is gone; an older index (rollback), an expired one (freeze), one of
// another pack (mix-and-match) and a tampered archive are refused with their reasons and
// the pack on screen stays; a server that stops is logged once per backoff step, and the
// kiosk takes the next pack when it returns.

#include <gtest/gtest.h>

#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "core/content/channel_index.h"
#include "core/content/pack_signature.h"
#include "support/kiosk_program.h"
#include "support/nginx_server.h"
#include "support/paths.h"
#include "support/run_command.h"

namespace fs = std::filesystem;

namespace kiosk {
namespace {

using testing::slurp;

class ChannelUpdate : public testing::KioskProgram {
protected:
    void SetUp() override {
        KioskProgram::SetUp();
        ASSERT_EQ(tool("keygen " + (dir_ / "staff").string()), 0);
        first_pack_ = signed_archive("first", "0.1.0", "测试指南");
    }

    int tool(const std::string& arguments) {
        return std::system((std::string(KIOSK_PACK_BINARY) + " " + arguments + " >/dev/null 2>&1").c_str());
    }

    // The mini pack at `version`, its home screen titled `title`.
    fs::path pack(const std::string& name, const std::string& version, const std::string& title) {
        const fs::path folder = dir_ / name;
        fs::copy(testing::fixture_path("mini-pack"), folder, fs::copy_options::recursive);
        replace_in(folder / "pack.toml", "version = \"0.1.0\"", "version = \"" + version + "\"");
        replace_in(folder / "zh-Hans/home.toml", "title = \"测试指南\"", "title = \"" + title + "\"");
        return folder;
    }

    static void replace_in(const fs::path& file, const std::string& from, const std::string& to) {
        std::string text = slurp(file);
        text.replace(text.find(from), from.size(), to);
        std::ofstream(file, std::ios::trunc) << text;
    }

    fs::path signed_archive(const std::string& name, const std::string& version, const std::string& title) {
        const fs::path archive = dir_ / (name + ".kpack");
        EXPECT_EQ(tool("build " + pack(name, version, title).string() + " -o " + archive.string()), 0);
        EXPECT_EQ(tool("sign " + archive.string() + " --key " + (dir_ / "staff.key").string()), 0);
        return archive;
    }

    void publish(const std::string& version, const std::string& title, const fs::path& into = {}) {
        ASSERT_EQ(tool("publish " + pack("v" + version, version, title).string() + " --key " +
                       (dir_ / "staff.key").string() + " --channel stable " + (into.empty() ? web() : into).string()),
                  0);
    }

    // An index signed by the staff key but written by hand: expired, or of another pack.
    void put_index(ChannelIndex index) {
        const auto secret = read_key_file((dir_ / "staff.key").string());
        ASSERT_TRUE(secret);
        serve_index(write_channel_index(index, *secret));
    }

    // Replaces the served index whole, as publish does: nginx never serves half of one.
    // Its time moves a second on each time, so nginx's ETag (time and size) changes at once
    // rather than at the client's next whole fetch.
    void serve_index(const std::string& text) {
        const fs::path fresh = web() / "stable/index.toml.new";
        std::ofstream(fresh, std::ios::trunc) << text;
        fs::last_write_time(fresh, fs::file_time_type::clock::now() + std::chrono::seconds(++served_));
        fs::rename(fresh, web() / "stable/index.toml");
    }
    int served_ = 0;

    ChannelIndex served_index(const fs::path& tree = {}) {
        const auto key = read_key_file((dir_ / "staff.pub").string());
        auto index = read_channel_index(slurp((tree.empty() ? web() : tree) / "stable/index.toml"), *key, "index.toml");
        EXPECT_TRUE(index);
        return index ? *index : ChannelIndex{};
    }

    fs::path web() const { return dir_ / "web"; }

    std::string kiosk_arguments(const testing::NginxServer& nginx, const std::string& script) {
        return "--pack " + first_pack_.string() + " --trust-key " + (dir_ / "staff.pub").string() + " --update-url " +
               nginx.url("/") + " --poll-seconds 1 --update-idle 1 --speech-log " + (dir_ / "speech.jsonl").string() +
               " --script " + write_script(script).string();
    }

    std::vector<std::string> events(const std::string& kind, const char* field) {
        std::vector<std::string> found;
        for (const auto& e : read_log()) {
            if (e["event"] == kind) found.push_back(e[field]);
        }
        return found;
    }

    std::vector<std::string> notes_with(const std::string& text) {
        std::vector<std::string> found;
        for (const auto& note : events("note", "message")) {
            if (note.find(text) != std::string::npos) found.push_back(note);
        }
        return found;
    }

    bool wait_for_note(const std::string& text) {
        return testing::wait_until_file_holds(dir_ / "speech.jsonl", text, std::chrono::seconds(40));
    }

    // Only the installed pack and its record: nothing half-written.
    std::vector<std::string> updates_folder() const {
        std::vector<std::string> names;
        for (const auto& entry : fs::directory_iterator(dir_ / "state/access-kiosk/updates")) {
            names.push_back(entry.path().filename().string());
        }
        std::sort(names.begin(), names.end());
        return names;
    }

    fs::path first_pack_;
};

TEST_F(ChannelUpdate, ANewerPackIsShownAfterTheIdleDelayAndKeptWithoutTheServer) {
    fs::create_directories(web());
    publish("0.2.0", "新的指南");
    testing::NginxServer nginx(web(), dir_ / "nginx");
    const pid_t child =
        start(kiosk_arguments(nginx, "wait 300\nkey Down\nawait pack updated\nkey Down\nwait 300\nquit\n"));
    ASSERT_GE(child, 0);
    ASSERT_EQ(wait_for_exit(child), 0) << slurp(dir_ / "stderr.txt");
    EXPECT_EQ(notes_with("pack update downloaded"),
              (std::vector<std::string>{"pack update downloaded: sequence 1 (mini version 0.2.0) of channel stable "
                                        "installed; it is shown once nobody is using the kiosk"}));
    EXPECT_EQ(notes_with("pack updated to version"), (std::vector<std::string>{"pack updated to version 0.2.0"}));
    EXPECT_EQ(events("speak", "text").back().rfind("新的指南", 0), 0u) << slurp(dir_ / "speech.jsonl");
    EXPECT_EQ(updates_folder(), (std::vector<std::string>{"channel-state.toml", "pack.kpack"}));
    const auto requests = nginx.access_log_lines();
    ASSERT_GE(requests.size(), 2u);
    EXPECT_NE(requests[0].find("200 "), std::string::npos) << requests[0];
    EXPECT_NE(requests[0].find("/stable/index.toml"), std::string::npos) << requests[0];
    EXPECT_NE(requests[1].find("/stable/archives/"), std::string::npos) << requests[1];

    // Without the server, a restart shows the downloaded pack at once.
    nginx.stop();
    const auto restarted = run(kiosk_arguments(nginx, "wait 300\nkey Down\nwait 300\nquit\n"));
    ASSERT_EQ(restarted.exit_code, 0) << restarted.err;
    EXPECT_EQ(events("speak", "text").at(1).rfind("新的指南", 0), 0u) << slurp(dir_ / "speech.jsonl");
}

TEST_F(ChannelUpdate, RollbackFreezeMixAndMatchAndATamperedArchiveAreRefusedAndThePackStays) {
    fs::create_directories(web());
    publish("0.2.0", "第二指南");
    const std::string old_index = slurp(web() / "stable/index.toml");
    publish("0.3.0", "第三指南");
    const std::string newest_index = slurp(web() / "stable/index.toml");
    testing::NginxServer nginx(web(), dir_ / "nginx");
    const pid_t child = start(kiosk_arguments(nginx,
                                              "wait 300\nkey Down\nawait pack updated to version 0.3.0\n"
                                              "await refused as a rollback\nawait refused as stale\n"
                                              "await refused as a mix-and-match\nawait is not the one the index names\n"
                                              "key Down\nwait 300\nquit\n"));
    ASSERT_GE(child, 0);
    ASSERT_TRUE(wait_for_note("pack updated to version 0.3.0")) << slurp(dir_ / "stderr.txt");

    serve_index(old_index);  // an old index, replayed
    ASSERT_TRUE(wait_for_note("refused as a rollback")) << slurp(dir_ / "stderr.txt");
    ChannelIndex stale = served_index();
    stale.sequence = 3;
    stale.published_unix = std::time(nullptr) - 10 * 86400;
    stale.expires_unix = std::time(nullptr) - 3 * 86400;
    put_index(stale);
    ASSERT_TRUE(wait_for_note("refused as stale")) << slurp(dir_ / "stderr.txt");
    ChannelIndex other = stale;
    other.pack_id = "other";
    other.sequence = 4;
    other.published_unix = std::time(nullptr);
    other.expires_unix = std::time(nullptr) + 86400;
    put_index(other);
    ASSERT_TRUE(wait_for_note("refused as a mix-and-match")) << slurp(dir_ / "stderr.txt");
    // The next pack published beside the served tree, its archive spoiled on the way to the
    // server, and only then its index served.
    const fs::path next = dir_ / "next";
    fs::create_directories(next / "stable/archives");
    std::ofstream(next / "stable/index.toml") << newest_index;
    publish("0.4.0", "第四指南", next);
    const ChannelIndex fourth = served_index(next);
    std::string tampered = slurp(next / "stable" / fourth.archive_path);
    tampered[tampered.size() / 2] ^= 0x20;
    std::ofstream(web() / "stable" / fourth.archive_path, std::ios::binary) << tampered;
    serve_index(slurp(next / "stable/index.toml"));
    ASSERT_EQ(wait_for_exit(child), 0) << slurp(dir_ / "stderr.txt");

    const auto refusals = notes_with("pack update refused");
    ASSERT_EQ(refusals.size(), 4u) << ::testing::PrintToString(refusals);
    EXPECT_EQ(refusals[0],
              "pack update refused, keeping the current pack: the index's sequence 1 is older than the installed 2: "
              "refused as a rollback");
    EXPECT_NE(refusals[1].find("pack update refused, keeping the current pack: the index's sequence 3 expired at "),
              std::string::npos)
        << refusals[1];
    EXPECT_EQ(refusals[2],
              "pack update refused, keeping the current pack: the index names pack 'other', not the kiosk's 'mini': "
              "refused as a mix-and-match");
    EXPECT_NE(refusals[3].find("the archive's SHA-256 is "), std::string::npos) << refusals[3];
    EXPECT_EQ(notes_with("pack updated to version"), (std::vector<std::string>{"pack updated to version 0.3.0"}));
    EXPECT_EQ(events("speak", "text").back().rfind("第三指南", 0), 0u) << "the pack on screen stayed";
    EXPECT_NE(slurp(dir_ / "state/access-kiosk/updates/channel-state.toml").find("sequence = 2"), std::string::npos);
    EXPECT_EQ(updates_folder(), (std::vector<std::string>{"channel-state.toml", "pack.kpack"}));
}

TEST_F(ChannelUpdate, AServerThatStopsIsLoggedOncePerBackoffStepAndTheKioskRecovers) {
    fs::create_directories(web());
    publish("0.2.0", "第二指南");
    testing::NginxServer nginx(web(), dir_ / "nginx");
    const pid_t child = start(kiosk_arguments(nginx,
                                              "wait 300\nkey Down\nawait pack updated to version 0.2.0\n"
                                              "await answers again\nawait pack updated to version 0.3.0\n"
                                              "key Down\nwait 300\nquit\n"));
    ASSERT_GE(child, 0);
    ASSERT_TRUE(wait_for_note("pack updated to version 0.2.0")) << slurp(dir_ / "stderr.txt");
    nginx.stop();  // the network cable pulled
    ASSERT_TRUE(wait_for_note("(backoff step 3)")) << slurp(dir_ / "stderr.txt");
    publish("0.3.0", "第三指南");
    nginx.start();
    ASSERT_EQ(wait_for_exit(child), 0) << slurp(dir_ / "stderr.txt");

    const auto failures = notes_with("pack update check failed");
    ASSERT_EQ(failures.size(), 3u) << ::testing::PrintToString(failures);
    const std::string refused =
        "pack update check failed, keeping the current pack: cannot fetch " + nginx.url("/stable/index.toml") +
        ": connection refused to 127.0.0.1:" + std::to_string(nginx.port()) + "; next check in ";
    // 2, 4 and 8 s, give or take 15 %.
    for (int step = 1; step <= 3; ++step) {
        const std::string& failure = failures.at(step - 1);
        EXPECT_EQ(failure.rfind(refused, 0), 0u) << failure;
        const int wait = std::stoi(failure.substr(refused.size()));
        EXPECT_GE(wait, (1 << step) * 85 / 100 - 1) << failure;
        EXPECT_LE(wait, (1 << step) * 115 / 100) << failure;
        EXPECT_NE(failure.find(" s (backoff step " + std::to_string(step) + ")"), std::string::npos) << failure;
    }
    EXPECT_EQ(notes_with("answers again").size(), 1u);
    EXPECT_EQ(events("speak", "text").back().rfind("第三指南", 0), 0u) << slurp(dir_ / "speech.jsonl");
}

TEST_F(ChannelUpdate, AChannelWithoutATrustKeyIsRefusedAtStart) {
    const auto refused = run("--update-url http://127.0.0.1:1/ --pack " + first_pack_.string());
    EXPECT_EQ(refused.exit_code, 2);
    EXPECT_NE(refused.err.find("kiosk: --update-url needs --trust-key"), std::string::npos) << refused.err;
}

}  // namespace
}  // namespace kiosk
