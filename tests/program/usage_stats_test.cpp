// The usage statistics end to end: the real kiosk played a session of a few topics in two
// languages by script, then kiosk-stats reading what it recorded; and the fleet metrics
// file checked with Prometheus's own parser (promtool).

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "support/kiosk_program.h"
#include "support/run_command.h"

namespace fs = std::filesystem;

namespace kiosk {
namespace {

using testing::slurp;
using UsageProgram = testing::KioskProgram;

// Mandarin: two topics of the first category, a larger text size, then English from the
// settings and two topics there; then nobody, until the idle reset.
constexpr const char* kTwoLanguageSession =
    "wait 200\n"
    "key Down\n"    // wakes the kiosk: the session begins, speech comes on
    "key Return\n"  // the first category
    "key Return\n"  // its first topic
    "key Escape\n"
    "key Down\n"
    "key Return\n"  // its second topic
    "key Home\n"
    "key F11\n"  // the settings: language, then text size
    "key Down\n"
    "key Right\n"  // a larger text size
    "key Up\n"
    "key Return\n"  // the languages
    "key Down\n"
    "key Return\n"  // English
    "key Return\n"  // the first category
    "key Return\n"  // its first topic
    "key Escape\n"
    "key Escape\n"
    "key Down\n"
    "key Return\n"  // the second category
    "key Return\n"  // its first topic
    "wait 60000\n"  // the idle warning and reset (virtual time)
    "quit\n";

std::string stats_command(const std::string& arguments) { return std::string(KIOSK_STATS_BINARY) + " " + arguments; }

TEST_F(UsageProgram, KioskStatsCountsASessionOfFourTopicsInTwoLanguages) {
    const fs::path db = dir_ / "usage.sqlite3";
    const fs::path script = write_script(kTwoLanguageSession);
    const auto played = run("--speech off --idle-timeout 30 --idle-warning 5 --stats-db " + db.string() + " --script " +
                            script.string());
    ASSERT_EQ(played.exit_code, 0) << played.err;
    const auto summary = testing::run_command(stats_command("summary --db " + db.string()), dir_);
    ASSERT_EQ(summary.exit_code, 0) << summary.err;
    const std::string& text = summary.out;
    EXPECT_NE(text.find("Sessions: 1 (ended by an idle reset 1, otherwise 0"), std::string::npos) << text;
    EXPECT_NE(text.find("Begun by touch: 0, by keypad: 1"), std::string::npos) << text;
    EXPECT_NE(text.find("Languages chosen: en 1\n"), std::string::npos) << text;
    EXPECT_NE(text.find("Category views: 3: living 2, transport 1\n"), std::string::npos) << text;
    EXPECT_NE(text.find("Topic views: 4: living-allowance 2, care-allowance 1, free-bus 1\n"), std::string::npos)
        << text;
    EXPECT_NE(text.find("Speech on: 1 of 1 sessions (100%)"), std::string::npos) << text;
    EXPECT_NE(text.find("Text sizes chosen: 150% in 1 sessions"), std::string::npos) << text;
    EXPECT_NE(text.find("Say-all: 0 times"), std::string::npos) << text;

    const fs::path csv = dir_ / "days.csv";
    const auto exported =
        testing::run_command(stats_command("csv --per-day --db " + db.string() + " -o " + csv.string()), dir_);
    ASSERT_EQ(exported.exit_code, 0) << exported.err;
    const std::string rows = slurp(csv);
    EXPECT_EQ(rows.rfind("day,sessions,idle_resets,topic_views,", 0), 0u) << rows;
    EXPECT_NE(rows.find(",1,1,4,3,1,0,0,1,0,0\n"), std::string::npos) << rows;
}

TEST_F(UsageProgram, KioskStatsRefusesADatabaseThatIsNotThere) {
    const auto missing = testing::run_command(stats_command("summary --db " + (dir_ / "none.sqlite3").string()), dir_);
    EXPECT_EQ(missing.exit_code, 3);
    EXPECT_NE(missing.err.find("none.sqlite3: cannot open the database"), std::string::npos) << missing.err;
}

TEST_F(UsageProgram, TheMetricsFileParsesWithPromtool) {
    const fs::path metrics = dir_ / "kiosk.prom";
    const fs::path script = write_script("wait 200\nkey Down\nwait 61000\nquit\n");
    const auto played =
        run("--speech off --stats-db off --metrics-file " + metrics.string() + " --script " + script.string());
    ASSERT_EQ(played.exit_code, 0) << played.err;
    const std::string text = slurp(metrics);
    EXPECT_NE(text.find("\naccess_kiosk_up 0\n"), std::string::npos) << "written at the exit: " << text;
    EXPECT_NE(text.find("\naccess_kiosk_sessions_total 1\n"), std::string::npos) << text;
    EXPECT_NE(text.find("access_kiosk_pack_info{id=\"changyi-disability-services\",version=\""), std::string::npos)
        << text;
    const auto checked = testing::run_command("promtool check metrics < " + metrics.string(), dir_);
    EXPECT_EQ(checked.exit_code, 0) << "promtool (Debian prometheus) says: " << checked.out << checked.err;
    for (const auto& entry : fs::directory_iterator(dir_)) {
        EXPECT_NE(entry.path().extension(), ".tmp") << "a temporary file left behind: " << entry.path();
    }
}

}  // namespace
}  // namespace kiosk
