// The staff tool on packs made to break the kiosk (issue 10): `check` fails them with
// file:line:col, `sign` refuses to sign them, `keygen` keeps an existing key and `diff`
// never passes a pack's bytes raw to the terminal.

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>

#include "core/content/pack_archive.h"
#include "core/content/pack_source.h"
#include "support/mini_pack_test.h"
#include "support/paths.h"
#include "support/run_command.h"

namespace fs = std::filesystem;

namespace kiosk {
namespace {

class HostilePack : public testing::MiniPackTest {
protected:
    // A copy of a fixture pack to change.
    fs::path copy_of(const std::string& fixture) {
        const fs::path pack = dir_ / fixture;
        fs::copy(testing::fixture_path(fixture), pack, fs::copy_options::recursive);
        return pack;
    }

    // The mini pack with 100,000 '*', a letter and 100,000 '*' in one article: 200 KB.
    fs::path emphasis_pack() {
        const fs::path pack = copy_of("mini-pack");
        std::ofstream(pack / "zh-Hans/topics/hotlines.md", std::ios::app)
            << "\n"
            << std::string(100000, '*') << "x" << std::string(100000, '*') << "\n";
        return pack;
    }

    // An intact archive of a directory, as build would write it but without checking it.
    std::string unchecked_archive(const fs::path& directory) {
        const DirectorySource source(directory.string());
        std::map<std::string, std::string> files;
        for (const auto& name : source.all_files()) files[name] = *source.read(name);
        const std::string path = directory.string() + ".pack";
        EXPECT_TRUE(write_pack_archive(path, files, std::nullopt));
        return path;
    }

    void expect_sign_refused(const std::string& archive, const std::string& problem) {
        ASSERT_EQ(tool("keygen " + (dir_ / "staff").string()).exit_code, 0);
        const std::string before = testing::slurp(archive);
        const auto result = tool("sign " + archive + " --key " + (dir_ / "staff.key").string());
        EXPECT_EQ(result.exit_code, 1) << result.out << result.err;
        EXPECT_NE(result.out.find(problem), std::string::npos) << result.out;
        EXPECT_NE(result.err.find("not signed"), std::string::npos) << result.err;
        EXPECT_EQ(testing::slurp(archive), before) << "a refused pack is left as it was";
    }
};

TEST_F(HostilePack, CheckFailsTheGhostTopicPackAndSignRefusesIt) {
    const fs::path pack = copy_of("ghost-topic-pack");
    const auto result = tool("check " + pack.string());
    EXPECT_EQ(result.exit_code, 1);
    const std::string problem =
        "en/home.toml:12:36: error: topic 'free-bus' is listed but exists in no language: neither "
        "en/topics/free-bus.md nor zh-Hans/topics/free-bus.md\n";
    EXPECT_NE(result.out.find(pack.string() + "/" + problem), std::string::npos) << result.out;
    expect_sign_refused(unchecked_archive(pack), problem);
}

TEST_F(HostilePack, CheckFailsTheEmphasisPackAndSignRefusesIt) {
    const fs::path pack = emphasis_pack();
    const auto result = tool("check " + pack.string());
    EXPECT_EQ(result.exit_code, 1);
    const std::string problem = "zh-Hans/topics/hotlines.md:20:1: error: emphasis or links nested more than 32 deep";
    EXPECT_NE(result.out.find(pack.string() + "/" + problem), std::string::npos) << result.out;
    expect_sign_refused(unchecked_archive(pack), problem);
}

TEST_F(HostilePack, SignStillSignsAGoodPack) {
    const std::string archive = unchecked_archive(copy_of("mini-pack"));
    ASSERT_EQ(tool("keygen " + (dir_ / "staff").string()).exit_code, 0);
    EXPECT_EQ(tool("sign " + archive + " --key " + (dir_ / "staff.key").string()).exit_code, 0);
    EXPECT_EQ(tool("verify " + archive + " --key " + (dir_ / "staff.pub").string()).exit_code, 0);
}

TEST_F(HostilePack, KeygenKeepsAnExistingKeyUnlessForced) {
    const std::string name = (dir_ / "staff").string();
    ASSERT_EQ(tool("keygen " + name).exit_code, 0);
    const std::string secret = testing::slurp(name + ".key");
    const std::string public_key = testing::slurp(name + ".pub");
    const auto again = tool("keygen " + name);
    EXPECT_EQ(again.exit_code, 3);
    EXPECT_NE(again.err.find("staff.key exists"), std::string::npos) << again.err;
    EXPECT_NE(again.err.find("--force"), std::string::npos) << again.err;
    EXPECT_EQ(testing::slurp(name + ".key"), secret);
    EXPECT_EQ(testing::slurp(name + ".pub"), public_key);
    fs::remove(name + ".key");
    EXPECT_EQ(tool("keygen " + name).exit_code, 3) << "a lone public key is kept too";
    EXPECT_EQ(tool("keygen " + name + " --force").exit_code, 0);
    EXPECT_NE(testing::slurp(name + ".pub"), public_key);
}

TEST_F(HostilePack, DiffAndCheckNeverPrintAPacksControlCharactersRaw) {
    const fs::path old_pack = copy_of("mini-pack");
    const fs::path new_pack = dir_ / "new";
    fs::copy(old_pack, new_pack, fs::copy_options::recursive);
    std::ofstream(new_pack / "zh-Hans/topics/hotlines.md", std::ios::app) << "\n\x1b]0;owned\x07\x1b[2J text\n";
    std::ofstream(new_pack / "zh-Hans/topics/\x1b[2J.md") << "x";
    const auto result = tool("diff " + old_pack.string() + " " + new_pack.string());
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_EQ((result.out + result.err).find('\x1b'), std::string::npos) << result.out << result.err;
    EXPECT_EQ((result.out + result.err).find('\x07'), std::string::npos) << result.out << result.err;
    EXPECT_NE(result.out.find("hotlines.md:20:1: error: control character U+001B"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("zh-Hans/topics/\\x1b[2J.md: error:"), std::string::npos) << result.out;
}

}  // namespace
}  // namespace kiosk
