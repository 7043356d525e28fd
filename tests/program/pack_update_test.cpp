// The real kiosk taking, and refusing, packs that change under it: replayed old versions
// and other packs, packs renamed into place or behind a symlink, a file written slowly,
// and start-up when the given pack cannot be read.

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "support/kiosk_program.h"
#include "support/paths.h"
#include "support/run_command.h"

namespace fs = std::filesystem;

namespace kiosk {
namespace {

using testing::slurp;
using Program = testing::KioskProgram;
using ProgramRun = testing::CommandResult;

class PackUpdate : public testing::KioskProgram {
protected:
    // The mini pack as a directory, with a replacement in one of its files.
    fs::path pack_copy(const std::string& name, const std::string& file = {}, const std::string& from = {},
                       const std::string& to = {}) {
        const fs::path pack = dir_ / name;
        fs::copy(testing::fixture_path("mini-pack"), pack, fs::copy_options::recursive);
        if (!file.empty()) {
            std::string text = slurp(pack / file);
            text.replace(text.find(from), from.size(), to);
            std::ofstream(pack / file, std::ios::trunc) << text;
        }
        return pack;
    }

    // The mini pack, with this id and version, built and (with a key) signed as an archive.
    fs::path signed_archive(const std::string& name, const std::string& id, const std::string& version,
                            bool sign = true) {
        const fs::path pack = pack_copy(name + ".d", "pack.toml", "id = \"mini\"\nversion = \"0.1.0\"",
                                        "id = \"" + id + "\"\nversion = \"" + version + "\"");
        const fs::path archive = dir_ / (name + ".kpack");
        EXPECT_EQ(tool("build " + pack.string() + " -o " + archive.string()), 0);
        if (sign) {
            EXPECT_EQ(tool("sign " + archive.string() + " --key " + (dir_ / "staff.key").string()), 0);
        }
        return archive;
    }

    int tool(const std::string& arguments) {
        return std::system((std::string(KIOSK_PACK_BINARY) + " " + arguments + " >/dev/null 2>&1").c_str());
    }

    std::vector<std::string> events(const std::string& kind, const char* field) {
        std::vector<std::string> found;
        for (const auto& e : read_log()) {
            if (e["event"] == kind) found.push_back(e[field]);
        }
        return found;
    }

    std::string log_arguments() const { return " --speech-log " + (dir_ / "speech.jsonl").string(); }
};

// Finding 3: a replayed older signed archive, and a signed archive of another pack, are
// refused by a running kiosk and after a restart; the staff override takes the old one.
TEST_F(PackUpdate, OlderVersionsAndOtherPacksAreRefusedRunningAndAfterRestart) {
    ASSERT_EQ(tool("keygen " + (dir_ / "staff").string()), 0);
    const fs::path v2 = signed_archive("v2", "mini", "2.0.0");
    const fs::path v1 = signed_archive("v1", "mini", "1.0.0");
    const fs::path other = signed_archive("other", "other", "3.0.0");
    const fs::path live = dir_ / "live.kpack";
    fs::copy_file(v2, live);
    const std::string kiosk = "--trust-key " + (dir_ / "staff.pub").string() + " --pack " + live.string() +
                              " --update-idle 0" + log_arguments();

    const pid_t child =
        start(kiosk + " --script " +
              write_script("wait 300\nkey Down\nawait is older than\nawait is not the pack this kiosk shows\nquit\n")
                  .string());
    ASSERT_GE(child, 0);
    wait_for_log("\"speak\"");
    fs::copy_file(v1, dir_ / "incoming.kpack");
    fs::rename(dir_ / "incoming.kpack", live);  // as staff replace an archive
    wait_for_log("is older than");
    fs::copy_file(other, dir_ / "incoming.kpack");
    fs::rename(dir_ / "incoming.kpack", live);
    wait_for_log("is not the pack this kiosk shows");
    ASSERT_EQ(wait_for_exit(child), 0) << slurp(dir_ / "stderr.txt");
    const auto notes = events("note", "message");
    ASSERT_EQ(notes.size(), 2u) << ::testing::PrintToString(notes);
    EXPECT_EQ(notes[0], "pack update refused, keeping the current pack: " + live.string() +
                            ": refused: version 1.0.0 is older than version 2.0.0, already shown; to go back, allow "
                            "it (kiosk --allow-version 1.0.0)");
    EXPECT_EQ(notes[1], "pack update refused, keeping the current pack: " + live.string() +
                            ": refused: pack 'other' is not the pack this kiosk shows ('mini'); to change packs, "
                            "allow its version (kiosk --allow-version 3.0.0)");

    // After a restart the other pack is still refused, and the last good one shown.
    const std::string quick = " --script " + write_script("wait 300\nkey Down\nwait 300\nquit\n").string();
    auto restarted = run(kiosk + quick);
    ASSERT_EQ(restarted.exit_code, 0) << restarted.err;
    EXPECT_NE(restarted.err.find("kiosk: the pack at " + live.string() + " cannot be shown: " + live.string() +
                                 ": refused: pack 'other' is not the pack this kiosk shows ('mini')"),
              std::string::npos)
        << restarted.err;
    EXPECT_NE(restarted.err.find("; showing the last good pack, mini version 2.0.0"), std::string::npos)
        << restarted.err;
    EXPECT_NE(events("note", "message").at(0).find("showing the last good pack"), std::string::npos);
    EXPECT_EQ(events("speak", "text").at(1).rfind("测试指南", 0), 0u);

    // And so is the older one.
    fs::copy_file(v1, live, fs::copy_options::overwrite_existing);
    restarted = run(kiosk + quick);
    ASSERT_EQ(restarted.exit_code, 0) << restarted.err;
    EXPECT_NE(restarted.err.find("refused: version 1.0.0 is older than version 2.0.0"), std::string::npos)
        << restarted.err;

    // Staff may go back on purpose: the override names the version.
    restarted = run(kiosk + quick + " --allow-version 1.0.0");
    ASSERT_EQ(restarted.exit_code, 0) << restarted.err;
    EXPECT_EQ(restarted.err.find("refused"), std::string::npos) << restarted.err;
    EXPECT_NE(slurp(dir_ / "state/access-kiosk/shown.toml").find("1.0.0"), std::string::npos);
}

// Finding 15: a kiosk started while its archive is still being copied shows the last
// good pack, and says why.
TEST_F(PackUpdate, StartUpFallsBackToTheLastGoodPack) {
    const fs::path archive = signed_archive("mini", "mini", "0.1.0", false);
    const std::string quick = " --script " + write_script("wait 300\nkey Down\nwait 300\nquit\n").string();
    ASSERT_EQ(run("--pack " + archive.string() + quick).exit_code, 0);
    const std::string whole = slurp(archive);
    std::ofstream(archive, std::ios::trunc | std::ios::binary) << whole.substr(0, whole.size() / 2);  // mid-copy

    const auto result = run("--pack " + archive.string() + log_arguments() + quick);
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.err.find("kiosk: the pack at " + archive.string() + " cannot be shown: "), std::string::npos)
        << result.err;
    EXPECT_NE(result.err.find("archive is damaged or truncated"), std::string::npos) << result.err;
    EXPECT_NE(result.err.find("; showing the last good pack, mini version 0.1.0"), std::string::npos) << result.err;
    EXPECT_EQ(events("speak", "text").at(1).rfind("测试指南", 0), 0u);
}

// Finding 15: missing fonts are the kiosk's fault, not the pack's.
TEST_F(PackUpdate, MissingFontsAreNamedAsTheCause) {
    std::ofstream(dir_ / "fonts.conf") << "<?xml version=\"1.0\"?>\n<fontconfig></fontconfig>\n";
    const auto result =
        run("--pack " + testing::fixture_path("mini-pack"), "FONTCONFIG_FILE=" + (dir_ / "fonts.conf").string());
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_NE(result.err.find("kiosk: no fonts for zh-Hans: "), std::string::npos) << result.err;
    EXPECT_EQ(result.err.find("the pack"), std::string::npos) << result.err;
}

// Finding 15: a log that cannot be written is told once, and the kiosk goes on.
TEST_F(PackUpdate, AnUnwritableLogIsReportedOnce) {
    const auto result = run("--speech off --speech-log /dev/full --script " +
                            write_script("wait 300\nkey Down\nwait 300\nkey Down\nquit\n").string());
    EXPECT_EQ(result.exit_code, 0) << result.err;
    const std::string line = "kiosk: cannot write the speech log /dev/full: No space left on device";
    const auto first = result.err.find(line);
    ASSERT_NE(first, std::string::npos) << result.err;
    EXPECT_EQ(result.err.find(line, first + 1), std::string::npos) << "once: " << result.err;
}

// Finding 9: `mv pack pack.old && mv new pack` is an update, and so is the next one: the
// watch follows the path, not the folder it named before.
TEST_F(PackUpdate, PacksRenamedIntoPlaceAreTaken) {
    const fs::path pack = pack_copy("pack");
    const pid_t child =
        start("--pack " + pack.string() + " --update-idle 0" + log_arguments() + " --script " +
              write_script("wait 300\nkey Down\nawait pack updated\nawait pack updated\nkey Down\nwait 300\nquit\n")
                  .string());
    ASSERT_GE(child, 0);
    wait_for_log("\"speak\"");
    const fs::path next = pack_copy("new", "zh-Hans/home.toml", "title = \"测试指南\"", "title = \"新的指南\"");
    fs::rename(pack, dir_ / "pack.old");
    fs::rename(next, pack);
    wait_for_log("pack updated");
    const fs::path third = pack_copy("third", "zh-Hans/home.toml", "title = \"测试指南\"", "title = \"第三指南\"");
    fs::rename(pack, dir_ / "pack.older");
    fs::rename(third, pack);
    ASSERT_EQ(wait_for_exit(child), 0) << slurp(dir_ / "stderr.txt");
    EXPECT_EQ(events("note", "message"),
              (std::vector<std::string>{"pack updated to version 0.1.0", "pack updated to version 0.1.0"}));
    EXPECT_EQ(events("speak", "text").back().rfind("第三指南", 0), 0u);
}

// Finding 9: a --pack that is a symlink into another folder notices a copy onto its target.
TEST_F(PackUpdate, ACopyOntoASymlinksTargetIsTaken) {
    const fs::path store = dir_ / "store";
    fs::create_directories(store);
    const fs::path old_archive = signed_archive("old", "mini", "0.1.0", false);
    const fs::path new_archive = signed_archive("new", "mini", "0.2.0", false);
    fs::copy_file(old_archive, store / "mini.kpack");
    fs::create_directories(dir_ / "kiosk");
    fs::create_symlink(store / "mini.kpack", dir_ / "kiosk/pack.kpack");
    const pid_t child = start("--pack " + (dir_ / "kiosk/pack.kpack").string() + " --update-idle 0" + log_arguments() +
                              " --script " + write_script("wait 300\nkey Down\nawait pack updated\nquit\n").string());
    ASSERT_GE(child, 0);
    wait_for_log("\"speak\"");
    fs::copy_file(new_archive, store / "mini.kpack", fs::copy_options::overwrite_existing);
    wait_for_log("pack updated");
    ASSERT_EQ(wait_for_exit(child), 0) << slurp(dir_ / "stderr.txt");
    EXPECT_EQ(events("note", "message"), std::vector<std::string>{"pack updated to version 0.2.0"});
}

// Finding 4: a file written slowly (a copy over the network) is taken once, whole: never
// while half of it is there. The file is made anew, and each write comes well within the
// settle time of the last.
TEST_F(PackUpdate, ASlowlyWrittenFileIsNeverTakenHalfWritten) {
    const fs::path pack = pack_copy("pack");
    const pid_t child = start("--pack " + pack.string() + " --update-idle 0" + log_arguments() + " --script " +
                              // After the update, a while longer: a half-written file taken early would
                              // show as a second update once the writing ends (the settling time runs
                              // on the real clock while the file changes).
                              write_script("wait 300\nkey Down\nawait pack updated\nwait 3000\nquit\n").string());
    ASSERT_GE(child, 0);
    wait_for_log("\"speak\"");
    const fs::path file = pack / "zh-Hans/topics/hotlines.md";
    std::string text = slurp(file);
    text.replace(text.find("12345 政务"), 5, "12345678");
    fs::remove(file);
    {
        std::ofstream out(file, std::ios::binary);
        const std::size_t slow_from = text.find("12345678");  // "1234" is a valid, wrong number
        out << text.substr(0, slow_from) << std::flush;
        for (std::size_t i = slow_from; i < text.size(); ++i) {
            out << text[i] << std::flush;
            if (i < slow_from + 30) ::usleep(50 * 1000);  // 1.5 s in all
        }
    }
    wait_for_log("pack updated");
    ASSERT_EQ(wait_for_exit(child), 0) << slurp(dir_ / "stderr.txt");
    EXPECT_EQ(events("note", "message"), std::vector<std::string>{"pack updated to version 0.1.0"});
}

// A pack edited while the kiosk runs: a good change is shown once the kiosk is idle, a
// broken one is refused and the kiosk keeps its last good pack.
TEST_F(Program, PackUpdatesAreShownWhenIdleAndBrokenOnesRefused) {
    const fs::path pack = dir_ / "pack";
    fs::copy(testing::fixture_path("mini-pack"), pack, fs::copy_options::recursive);
    const fs::path script = write_script(
        "wait 300\nkey Down\n"                                       // wakes the kiosk: speech on
        "await pack updated\nkey Down\n"                             // after the good update, which starts afresh
        "await pack update refused\nkey F1\nwait 200\nkey Escape\n"  // after the broken one: home again
        "wait 300\nquit\n");
    const pid_t child = start("--pack " + pack.string() + " --update-idle 0 --speech-log " +
                              (dir_ / "speech.jsonl").string() + " --script " + script.string());
    ASSERT_GE(child, 0);
    auto edit_home = [&](const std::string& from, const std::string& to) {
        std::string text = slurp(pack / "zh-Hans/home.toml");
        text.replace(text.find(from), from.size(), to);
        std::ofstream(pack / "zh-Hans/home.toml", std::ios::trunc) << text;
    };
    // Each edit waits for the kiosk to be ready for it.
    wait_for_log("\"speak\"");  // running, and watching the pack
    edit_home("title = \"测试指南\"", "title = \"新的指南\"");
    wait_for_log("pack updated");
    edit_home("[sections]", "[sections");  // a TOML syntax error
    ASSERT_EQ(wait_for_exit(child), 0) << slurp(dir_ / "stderr.txt");

    std::vector<std::string> spoken;
    std::vector<std::string> notes;
    for (const auto& e : read_log()) {
        if (e["event"] == "speak") spoken.push_back(e["text"]);
        if (e["event"] == "note") notes.push_back(e["message"]);
    }
    ASSERT_EQ(notes.size(), 2u) << ::testing::PrintToString(notes);
    EXPECT_EQ(notes[0], "pack updated to version 0.1.0");
    EXPECT_EQ(notes[1].rfind("pack update refused, keeping the current pack: zh-Hans/home.toml:4:", 0), 0u) << notes[1];
    ASSERT_EQ(spoken.size(), 6u) << ::testing::PrintToString(spoken) << ::testing::PrintToString(notes);
    EXPECT_EQ(spoken[1].rfind("测试指南", 0), 0u);
    EXPECT_EQ(spoken[3].rfind("新的指南", 0), 0u) << "the good update is shown";
    EXPECT_EQ(spoken[5].rfind("新的指南", 0), 0u) << "the broken update is refused";
}

TEST_F(Program, TrustedKioskRefusesUnsignedPacksAndLoadsSignedOnes) {
    const std::string tool = KIOSK_PACK_BINARY;
    const std::string archive = (dir_ / "mini.kpack").string();
    const std::string key = (dir_ / "staff").string();
    ASSERT_EQ(
        std::system(
            (tool + " build " + testing::fixture_path("mini-pack") + " -o " + archive + " >/dev/null 2>&1").c_str()),
        0);
    ASSERT_EQ(std::system((tool + " keygen " + key + " >/dev/null").c_str()), 0);

    const ProgramRun directory = run("--trust-key " + key + ".pub --pack " + testing::fixture_path("mini-pack"));
    EXPECT_EQ(directory.exit_code, 1);
    EXPECT_NE(directory.err.find("refused: this kiosk trusts only signed pack archives"), std::string::npos)
        << directory.err;

    const ProgramRun unsigned_archive = run("--trust-key " + key + ".pub --pack " + archive);
    EXPECT_EQ(unsigned_archive.exit_code, 1);
    EXPECT_NE(unsigned_archive.err.find("refused: the pack is not signed"), std::string::npos) << unsigned_archive.err;

    ASSERT_EQ(std::system((tool + " sign " + archive + " --key " + key + ".key >/dev/null").c_str()), 0);
    const fs::path script = write_script("wait 300\nkey Down\nwait 300\nquit\n");
    const ProgramRun signed_archive = run("--trust-key " + key + ".pub --pack " + archive + " --speech-log " +
                                          (dir_ / "speech.jsonl").string() + " --script " + script.string());
    EXPECT_EQ(signed_archive.exit_code, 0) << signed_archive.err;
    std::vector<std::string> spoken;
    for (const auto& e : read_log()) {
        if (e["event"] == "speak") spoken.push_back(e["text"]);
    }
    ASSERT_EQ(spoken.size(), 2u);
    EXPECT_EQ(spoken[1].rfind("测试指南", 0), 0u) << spoken[1];
}

TEST_F(PackUpdate, HelpNamesTheStateOptions) {
    const auto result = run("--help");
    EXPECT_NE(result.out.find("--state-dir DIR"), std::string::npos);
    EXPECT_NE(result.out.find("--allow-version V"), std::string::npos);
}

}  // namespace
}  // namespace kiosk
