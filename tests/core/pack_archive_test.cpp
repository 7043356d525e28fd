// The archive reader on hostile archives: limits are checked before work, and with a
// trusted key the signature of CONTENTS.toml before any file is read.

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "core/content/pack_archive.h"
#include "core/content/pack_signature.h"
#include "core/content/text_file.h"
#include "support/flood_archive.h"
#include "support/run_command.h"

namespace fs = std::filesystem;

namespace kiosk {
namespace {

std::string messages(const PackArchive& archive) {
    std::string text;
    for (const auto& problem : archive.problems) text += problem.to_string() + "\n";
    return text;
}

class PackArchiveReading : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("kiosk-archive-" + std::to_string(::getpid()));
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }

    // A small signed archive, on disk and in memory.
    std::string signed_archive(const KeyPair& key, const std::map<std::string, std::string>& files) {
        const fs::path path = dir_ / "signed.kpack";
        EXPECT_TRUE(write_pack_archive(path.string(), files, sign_message(contents_manifest(files), key.secret_hex)));
        return testing::slurp(path);
    }

    fs::path dir_;
    const std::map<std::string, std::string> files_{{"pack.toml", "id = \"x\"\n"}, {"zh-Hans/home.toml", "a = 1\n"}};
};

// Finding 8: 350,000 one-byte entries (5 MB of gzip) once took 922 MB and 80 s before the
// signature was even checked. With a trusted key the unsigned list is refused at the first
// file; without one, after a few unlisted entries. (scripts/archive-flood.sh measures the
// time and memory; making the archive here takes longer than refusing it.)
TEST_F(PackArchiveReading, FloodOfEntriesIsRefusedBeforeItIsRead) {
    const std::string flood = testing::flood_archive(350000);
    const KeyPair key = generate_key_pair();
    const PackArchive trusted = read_pack_archive_bytes("flood.kpack", flood, {key.public_hex, nullptr});
    EXPECT_FALSE(trusted.source);
    EXPECT_EQ(messages(trusted),
              "flood.kpack: error: refused: the pack is not signed (sign it with 'kiosk-pack sign')\n");

    const PackArchive untrusted = read_pack_archive_bytes("flood.kpack", flood);
    EXPECT_FALSE(untrusted.source);
    ASSERT_FALSE(untrusted.problems.empty());
    EXPECT_LE(untrusted.problems.size(), 20u);
    EXPECT_EQ(untrusted.problems[0].to_string(),
              "flood.kpack:f/0000000: error: not listed in CONTENTS.toml: added after the pack was built");
}

// Folders cost no problem report each, so the entry limit stops them.
TEST_F(PackArchiveReading, FloodOfFoldersHitsTheEntryLimit) {
    const PackArchive archive =
        read_pack_archive_bytes("flood.kpack", testing::flood_archive(kMaxArchiveEntries + 10, true));
    EXPECT_FALSE(archive.source);
    EXPECT_EQ(messages(archive), "flood.kpack: error: refused: more than 10000 entries\n");
}

// A wrong signature is found before the archive's damaged tail is even looked at.
TEST_F(PackArchiveReading, SignatureIsCheckedBeforeTheFiles) {
    const KeyPair staff = generate_key_pair();
    const KeyPair other = generate_key_pair();
    std::string archive = signed_archive(other, files_);
    archive.resize(archive.find("id = \"x\"") + 2);  // cut in the middle of the first file
    const PackArchive read = read_pack_archive_bytes("a.kpack", archive, {staff.public_hex, nullptr});
    EXPECT_FALSE(read.source);
    EXPECT_EQ(
        messages(read),
        "a.kpack: error: refused: the signature does not match: the pack was altered or signed with another key\n");
}

TEST_F(PackArchiveReading, SignedArchiveIsReadWhole) {
    const KeyPair staff = generate_key_pair();
    const PackArchive read =
        read_pack_archive_bytes("a.kpack", signed_archive(staff, files_), {staff.public_hex, nullptr});
    ASSERT_TRUE(read.source) << messages(read);
    EXPECT_EQ(read.source->all_files(), (std::vector<std::string>{"pack.toml", "zh-Hans/home.toml"}));
}

TEST_F(PackArchiveReading, ContentsMustComeFirst) {
    testing::TarInMemory tar;
    tar.add("pack.toml", files_.at("pack.toml"));
    tar.add(kContentsFile, contents_manifest(files_));
    const PackArchive read = read_pack_archive_bytes("a.kpack", tar.finish());
    EXPECT_FALSE(read.source);
    EXPECT_EQ(messages(read),
              "a.kpack:CONTENTS.toml: error: must be the archive's first entry: make pack archives with 'kiosk-pack "
              "build'\n");
}

TEST_F(PackArchiveReading, ListedSizeIsCheckedBeforeReading) {
    testing::TarInMemory tar;
    tar.add(kContentsFile, contents_manifest(files_));
    tar.add("pack.toml", std::string(kMaxPackFileBytes, 'x'));  // not the size listed
    const PackArchive read = read_pack_archive_bytes("a.kpack", tar.finish());
    EXPECT_FALSE(read.source);
    EXPECT_NE(
        messages(read).find("a.kpack:pack.toml: error: changed after the pack was built (its size does not match"),
        std::string::npos)
        << messages(read);
}

}  // namespace
}  // namespace kiosk
