// Runs the staff tool, kiosk-pack, on broken packs and archives: each bad input must
// give its own named error, with file and line where there is one, and exit code 1.

#include <archive.h>
#include <archive_entry.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "support/mini_pack_test.h"

namespace fs = std::filesystem;

namespace kiosk {
namespace {

class KioskPack : public testing::MiniPackTest {
protected:
    // The check fails with exit code 1 and prints exactly this problem line.
    void expect_error(const std::string& line) {
        const auto result = check();
        EXPECT_EQ(result.exit_code, 1) << result.out << result.err;
        EXPECT_NE(result.out.find(pack_.string() + "/" + line + "\n"), std::string::npos)
            << "expected: " << line << "\nbut printed:\n"
            << result.out;
    }

    // Writes a tar archive with the given entries; a target makes the entry a symlink.
    struct Entry {
        std::string name;
        std::string bytes;
        std::string symlink_target;
    };
    fs::path write_archive(const std::string& name, const std::vector<Entry>& entries) {
        const fs::path path = dir_ / name;
        archive* writer = archive_write_new();
        archive_write_set_format_pax_restricted(writer);
        archive_write_open_filename(writer, path.c_str());
        for (const auto& e : entries) {
            archive_entry* entry = archive_entry_new();
            archive_entry_set_pathname(entry, e.name.c_str());
            if (e.symlink_target.empty()) {
                archive_entry_set_filetype(entry, AE_IFREG);
                archive_entry_set_size(entry, static_cast<la_int64_t>(e.bytes.size()));
            } else {
                archive_entry_set_filetype(entry, AE_IFLNK);
                archive_entry_set_symlink(entry, e.symlink_target.c_str());
            }
            archive_entry_set_perm(entry, 0644);
            archive_write_header(writer, entry);
            if (e.symlink_target.empty()) archive_write_data(writer, e.bytes.data(), e.bytes.size());
            archive_entry_free(entry);
        }
        archive_write_close(writer);
        archive_write_free(writer);
        return path;
    }

    std::vector<Entry> mini_pack_entries() {
        std::vector<Entry> entries;
        for (const auto& file : fs::recursive_directory_iterator(pack_)) {
            if (file.is_regular_file()) {
                entries.push_back({fs::relative(file.path(), pack_).generic_string(), testing::slurp(file.path()), ""});
            }
        }
        return entries;
    }
};

TEST_F(KioskPack, CleanPackPassesWithExitZero) {
    const auto result = check();
    EXPECT_EQ(result.exit_code, 0) << result.out;
    EXPECT_EQ(result.out, "");
    EXPECT_NE(result.err.find("0 error(s), 0 warning(s)"), std::string::npos);
}

TEST_F(KioskPack, DefaultPackPassesInEveryLocale) {
    const auto result = tool("check " + testing::source_path("content/changyi"));
    EXPECT_EQ(result.exit_code, 0) << result.out;
    EXPECT_EQ(result.out, "");
}

TEST_F(KioskPack, ReportsEveryProblemAtOnce) {
    replace("zh-Hans/topics/legal-aid.md", "## 怎样申请、问谁", "## 申请");
    replace("zh-Hans/topics/hotlines.md", "source = \"规划 三（四）1\"\n", "");
    const auto result = check();
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_NE(result.out.find("legal-aid.md:6: error: missing section"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("hotlines.md:2: error: missing field 'source'"), std::string::npos) << result.out;
}

TEST_F(KioskPack, MalformedManifest) {
    replace("pack.toml", "version = \"0.1.0\"", "version = 0.1.0");
    const auto result = check();
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_NE(result.out.find(pack_.string() + "/pack.toml:2:"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("TOML syntax"), std::string::npos) << result.out;
}

TEST_F(KioskPack, BadMarkdown) {
    replace("zh-Hans/topics/hotlines.md", "直接拨打。", "直接拨打。\n\n```\ncode\n```");
    expect_error(
        "zh-Hans/topics/hotlines.md:20:1: error: 'code_block' cannot be shown on the kiosk; use paragraphs, '- ' "
        "lists, '## ' headings or a table");
}

TEST_F(KioskPack, NonUtf8Bytes) {
    replace("zh-Hans/topics/legal-aid.md", "免费的", "免\xFF的");
    expect_error("zh-Hans/topics/legal-aid.md:13:26: error: invalid UTF-8 byte; save the file as UTF-8");
}

TEST_F(KioskPack, ByteOrderMark) {
    write("zh-Hans/home.toml", "\xEF\xBB\xBF" + read("zh-Hans/home.toml"));
    expect_error(
        "zh-Hans/home.toml:1:1: error: file starts with a byte order mark (BOM); save it as UTF-8 without BOM");
}

TEST_F(KioskPack, WindowsLineEnds) {
    replace("zh-Hans/topics/hotlines.md", "所有居民。\n", "所有居民。\r\n");
    expect_error("zh-Hans/topics/hotlines.md:9:19: error: Windows line ends (CRLF); save the file with LF line ends");
}

TEST_F(KioskPack, TextNotInNormalFormC) {
    replace("zh-Hans/topics/hotlines.md", "直接拨打。", "直接拨打 Cafe\xCC\x81。");  // e + combining acute
    expect_error(
        "zh-Hans/topics/hotlines.md:18:9: error: text is not in Unicode normal form C (NFC); re-save it normalised");
}

TEST_F(KioskPack, HundredMegabyteFile) {
    fs::resize_file(pack_ / "zh-Hans/topics/hotlines.md", 100u * 1024u * 1024u);  // sparse: quick to make
    const auto result = check();
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_NE(result.out.find("zh-Hans/topics/hotlines.md: error: file is 104857600 bytes; the limit is 1048576"),
              std::string::npos)
        << result.out;
    EXPECT_NE(result.out.find("error: the pack holds"), std::string::npos) << result.out;
}

TEST_F(KioskPack, DuplicateCategoryId) {
    replace("zh-Hans/home.toml", "id = \"goals\"", "id = \"legal\"");
    expect_error("zh-Hans/home.toml:15: error: category id 'legal' is used twice");
}

TEST_F(KioskPack, MissingLocale) {
    replace("pack.toml", "locales = [\"zh-Hans\"]", "locales = [\"zh-Hans\", \"ko\"]");
    expect_error("ko/home.toml: error: file not found");
}

TEST_F(KioskPack, LocaleMissingATopic) {
    replace("pack.toml", "locales = [\"zh-Hans\"]", "locales = [\"zh-Hans\", \"en\"]");
    fs::create_directories(pack_ / "en/topics");
    write("en/home.toml", read("zh-Hans/home.toml"));
    for (const char* topic : {"legal-aid", "goals-table"}) {
        fs::copy(pack_ / "zh-Hans/topics" / (std::string(topic) + ".md"), pack_ / "en/topics");
    }
    replace("en/home.toml", "topics = [\"legal-aid\", \"hotlines\"]", "topics = [\"legal-aid\"]");
    expect_error(
        "en/topics/hotlines.md: error: missing: every language needs every topic of zh-Hans (or set allow_fallback "
        "= true in pack.toml)");
}

TEST_F(KioskPack, LinkToAMissingTopic) {
    replace("zh-Hans/topics/hotlines.md", "直接拨打。", "直接拨打，或见[法律援助](topic:no-such-topic)。");
    expect_error("zh-Hans/topics/hotlines.md:18:8: error: link to topic 'no-such-topic', which does not exist");
}

TEST_F(KioskPack, WebLinkCannotBeOpened) {
    replace("zh-Hans/topics/hotlines.md", "直接拨打。", "见[网站](https://example.org)。");
    expect_error(
        "zh-Hans/topics/hotlines.md:18:2: error: link to 'https://example.org' cannot be opened on the kiosk; link to "
        "a topic as (topic:ID)");
}

TEST_F(KioskPack, CharacterWithoutGlyph) {
    replace("zh-Hans/topics/hotlines.md", "直接拨打。", "直接拨打\xF0\x93\x80\x80。");  // Egyptian hieroglyph A001
    expect_error(
        "zh-Hans/topics/hotlines.md:18: error: character U+13000 '\xF0\x93\x80\x80' has no glyph in the zh-Hans fonts; "
        "it would be left out");
}

TEST_F(KioskPack, VoiceNamedByThePackMustBeInstalled) {
    write("pack.toml", read("pack.toml") + "\n[voices]\nzh-Hans = \"no-such-voice\"\n");
    expect_error(
        "pack.toml: error: zh-Hans: the eSpeak NG voice 'no-such-voice' is not installed (package espeak-ng-data)");
}

TEST_F(KioskPack, UnmarkedClaimInABenefitTopic) {
    replace("zh-Hans/topics/hotlines.md", "- {rule 三（四）1} 12345", "- 12345");
    expect_error(
        "zh-Hans/topics/hotlines.md:13:3: error: unmarked claim: start it with {target REF} (a plan goal, optionally "
        "{target REF; binding|expected}), {rule REF} (a rule in force) or {result REF} (a past result)");
}

TEST_F(KioskPack, UnknownClaimKind) {
    replace("zh-Hans/topics/hotlines.md", "{rule 三（四）1} 所有居民。", "{goal 三（四）1} 所有居民。");
    expect_error(
        "zh-Hans/topics/hotlines.md:9:1: error: unknown claim kind 'goal'; use target (a plan goal), rule (a rule in "
        "force) or result (a past result)");
}

TEST_F(KioskPack, ClaimWithoutReference) {
    replace("zh-Hans/topics/legal-aid.md", "{result 一}", "{result}");
    expect_error(
        "zh-Hans/topics/legal-aid.md:9:3: error: claim marker {result} names no source; write {result REF}, e.g. the "
        "plan section");
}

TEST_F(KioskPack, UnknownClaimFlag) {
    replace("zh-Hans/topics/legal-aid.md", "; binding}", "; firm}");
    expect_error(
        "zh-Hans/topics/legal-aid.md:13:1: error: unknown claim flag 'firm'; only a target takes one: binding (约束性) "
        "or expected (预期性)");
}

TEST_F(KioskPack, PassedReviewDateIsAWarning) {
    replace("pack.toml", "review_by = 2099-12-31", "review_by = 2020-01-31");
    const auto result = check();
    EXPECT_EQ(result.exit_code, 0) << result.out;
    EXPECT_NE(result.out.find(pack_.string() + "/pack.toml:10: warning: the review_by date 2020-01-31 has passed"),
              std::string::npos)
        << result.out;
}

TEST_F(KioskPack, MissingReviewDateIsAWarning) {
    replace("pack.toml", "review_by = 2099-12-31\n", "");
    const auto result = check();
    EXPECT_EQ(result.exit_code, 0) << result.out;
    EXPECT_NE(result.out.find(pack_.string() + "/pack.toml: warning: no review_by date"), std::string::npos)
        << result.out;
}

TEST_F(KioskPack, ArchiveRoundTripSignAndVerify) {
    const std::string archive = (dir_ / "mini.kpack").string();
    ASSERT_EQ(tool("build " + pack_.string() + " -o " + archive).exit_code, 0);
    EXPECT_EQ(tool("check " + archive).exit_code, 0);
    ASSERT_EQ(tool("keygen " + (dir_ / "staff").string()).exit_code, 0);
    EXPECT_EQ(fs::status(dir_ / "staff.key").permissions() & fs::perms::others_read, fs::perms::none);
    ASSERT_EQ(tool("sign " + archive + " --key " + (dir_ / "staff.key").string()).exit_code, 0);
    const auto good = tool("verify " + archive + " --key " + (dir_ / "staff.pub").string());
    EXPECT_EQ(good.exit_code, 0) << good.out;
    EXPECT_NE(good.out.find("signature good"), std::string::npos);
}

TEST_F(KioskPack, WrongSignature) {
    const std::string archive = (dir_ / "mini.kpack").string();
    tool("build " + pack_.string() + " -o " + archive);
    tool("keygen " + (dir_ / "staff").string());
    tool("keygen " + (dir_ / "other").string());
    tool("sign " + archive + " --key " + (dir_ / "staff.key").string());
    const auto result = tool("verify " + archive + " --key " + (dir_ / "other.pub").string());
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_EQ(
        result.out,
        archive + ": error: refused: the signature does not match: the pack was altered or signed with another key\n");
}

TEST_F(KioskPack, UnsignedArchiveDoesNotVerify) {
    const std::string archive = (dir_ / "mini.kpack").string();
    tool("build " + pack_.string() + " -o " + archive);
    tool("keygen " + (dir_ / "staff").string());
    const auto result = tool("verify " + archive + " --key " + (dir_ / "staff.pub").string());
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_NE(result.out.find("the pack is not signed"), std::string::npos) << result.out;
}

TEST_F(KioskPack, TruncatedArchive) {
    const fs::path archive = dir_ / "mini.kpack";
    tool("build " + pack_.string() + " -o " + archive.string());
    fs::resize_file(archive, fs::file_size(archive) / 2);
    const auto result = tool("check " + archive.string());
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_NE(result.out.find("archive is damaged or truncated"), std::string::npos) << result.out;
}

TEST_F(KioskPack, ArchiveFileChangedAfterBuild) {
    const fs::path archive = dir_ / "mini.kpack";
    tool("build " + pack_.string() + " -o " + archive.string());
    auto entries = mini_pack_entries();
    entries.insert(entries.begin(), {"CONTENTS.toml", testing::slurp(dir_ / "contents.toml"), ""});
    // Rebuild the tar by hand with the original CONTENTS.toml and one file edited.
    const auto listing = testing::run_command("tar xOf " + archive.string() + " CONTENTS.toml", dir_);
    entries.front().bytes = listing.out;
    for (auto& e : entries) {
        if (e.name == "zh-Hans/topics/hotlines.md") e.bytes += "\n追加。\n";
    }
    const auto tampered = write_archive("tampered.kpack", entries);
    const auto result = tool("check " + tampered.string());
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_NE(result.out.find(tampered.string() +
                              ":zh-Hans/topics/hotlines.md: error: changed after the pack was built (its size "
                              "does not match CONTENTS.toml)"),
              std::string::npos)
        << result.out;
}

TEST_F(KioskPack, ArchiveWithParentPath) {
    const auto archive = write_archive("evil.kpack", {{"../evil.toml", "x = 1\n", ""}});
    const auto result = tool("check " + archive.string());
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_NE(result.out.find(archive.string() + ":../evil.toml: error: refused: path leads outside the pack ('..')"),
              std::string::npos)
        << result.out;
}

TEST_F(KioskPack, ArchiveWithAbsolutePath) {
    const auto archive = write_archive("evil.kpack", {{"/etc/evil.toml", "x = 1\n", ""}});
    const auto result = tool("check " + archive.string());
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_NE(result.out.find("error: refused: absolute path"), std::string::npos) << result.out;
}

TEST_F(KioskPack, ArchiveWithSymlink) {
    const auto archive = write_archive("evil.kpack", {{"pack.toml", "", "/etc/passwd"}});
    const auto result = tool("check " + archive.string());
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_NE(result.out.find(archive.string() + ":pack.toml: error: refused: only plain files may be in a pack (no "
                                                 "links or devices)"),
              std::string::npos)
        << result.out;
}

TEST_F(KioskPack, DiffListsChangesPerLocaleAndTopic) {
    const fs::path old_pack = dir_ / "old";
    fs::copy(pack_, old_pack, fs::copy_options::recursive);
    replace("zh-Hans/topics/hotlines.md", "直接拨打。", "直接拨打，全天服务。");
    const auto result = tool("diff " + old_pack.string() + " " + pack_.string());
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(result.out,
              "zh-Hans:\n"
              "  ~ topic hotlines (zh-Hans/topics/hotlines.md)\n"
              "      - 直接拨打。\n"
              "      + 直接拨打，全天服务。\n");
}

TEST_F(KioskPack, DiffShowsAClaimThatChangesItsKind) {
    const fs::path old_pack = dir_ / "old";
    fs::copy(pack_, old_pack, fs::copy_options::recursive);
    replace("zh-Hans/topics/legal-aid.md", "{result 一}", "{rule 一}");
    const auto result = tool("diff " + old_pack.string() + " " + pack_.string());
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(result.out,
              "zh-Hans:\n"
              "  ~ topic legal-aid (zh-Hans/topics/legal-aid.md)\n"
              "      - {result 一} 本区的残疾人。\n"
              "      + {rule 一} 本区的残疾人。\n");
}

TEST_F(KioskPack, UsageAndHelp) {
    EXPECT_EQ(tool("").exit_code, 2);
    EXPECT_EQ(tool("frobnicate").exit_code, 2);
    EXPECT_EQ(tool("build " + pack_.string()).exit_code, 2) << "build needs -o";
    for (const char* command : {"check", "build", "keygen", "sign", "verify", "diff"}) {
        const auto help = tool(std::string(command) + " --help");
        EXPECT_EQ(help.exit_code, 0) << command;
        EXPECT_EQ(help.out.rfind(std::string("Usage: kiosk-pack ") + command, 0), 0u) << command;
    }
    const auto overall = tool("--help");
    EXPECT_NE(overall.out.find("Exit codes: 0 success; 1"), std::string::npos);
}

}  // namespace
}  // namespace kiosk
