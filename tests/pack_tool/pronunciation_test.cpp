// kiosk-pack and pronunciation: the polyphonic-word check against the lexicons, bad lexicon
// entries, and the listening review (kiosk-pack speech) with the real eSpeak NG.

#include <fstream>

#include "support/mini_pack_test.h"

namespace kiosk {
namespace {

class Pronunciation : public testing::MiniPackTest {
protected:
    void append(const std::string& relative, const std::string& bytes) {
        std::ofstream(pack_ / relative, std::ios::binary | std::ios::app) << bytes;
    }
};

TEST_F(Pronunciation, PolyphonicWordWithoutAnEntryIsListedAtItsPlace) {
    // legal-aid.md has 18 lines; 乐 reads lè or yuè, and no lexicon has 乐队.
    append("zh-Hans/topics/legal-aid.md", "\n区里的乐队也来。\n");
    const auto result = tool("check " + pack_.string());
    EXPECT_EQ(result.exit_code, 0) << "a warning, not an error: " << result.out;
    EXPECT_NE(
        result.out.find(pack_.string() + "/zh-Hans/topics/legal-aid.md:20:4: warning: \"乐队\" has 乐 (lè yuè); "
                                         "no lexicon entry says how to read it here; add it to zh-Hans/lexicon.toml\n"),
        std::string::npos)
        << result.out;

    write("zh-Hans/lexicon.toml", "\"乐队\" = \"yue4 dui4\"\n");
    const auto reviewed = tool("check " + pack_.string());
    EXPECT_EQ(reviewed.exit_code, 0);
    EXPECT_EQ(reviewed.out, "");
}

TEST_F(Pronunciation, BadLexiconEntryIsAnErrorAtItsLine) {
    write("zh-Hans/lexicon.toml", "# readings\n\"乐队\" = \"yue dui4\"\n");
    const auto result = tool("check " + pack_.string());
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_NE(
        result.out.find(pack_.string() + "/zh-Hans/lexicon.toml:2:1: error: \"yue\" in the reading of \"乐队\" is "
                                         "not a pinyin syllable with a tone number 1-5"),
        std::string::npos)
        << result.out;
}

TEST_F(Pronunciation, SpeechReviewPrintsShownSpokenAndPhonemes) {
    const auto result = tool("speech " + pack_.string() + " --locale zh-Hans --topic legal-aid");
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("  shown:    可以得到什么\n"
                              "  espeak:   ke3 yi3 de2 dao4 shen2 me5 ，标题\n"
                              "  phonemes: kh'o-35_| j'i21_| t'@35_| t'Au51_|"),
              std::string::npos)
        << result.out;
    EXPECT_EQ(result.out.find("topic-hotlines"), std::string::npos) << "--topic shows one topic";
    EXPECT_EQ(result.out.find("Chinese"), std::string::npos);
}

TEST_F(Pronunciation, PackLexiconIsReadOverTheBaseOne) {
    write("zh-Hans/lexicon.toml", "\"得到\" = \"de2 dao3\"\n");
    const auto result = tool("speech " + pack_.string() + " --topic legal-aid");
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("ke3 yi3 de2 dao3 shen2 me5 ，标题"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("t'@35_| t'Au21_|"), std::string::npos) << result.out;
}

TEST_F(Pronunciation, SpeechReviewRefusesWhatItCannotDo) {
    EXPECT_EQ(tool("speech").exit_code, 2);
    EXPECT_EQ(tool("speech " + pack_.string() + " --topic nonesuch").exit_code, 2);
    EXPECT_EQ(tool("speech " + pack_.string() + " --locale xx").exit_code, 2);
    EXPECT_EQ(tool("speech " + (dir_ / "missing").string()).exit_code, 1);
    const auto help = tool("speech --help");
    EXPECT_EQ(help.exit_code, 0);
    EXPECT_EQ(help.out.rfind("Usage: kiosk-pack speech", 0), 0u);
}

}  // namespace
}  // namespace kiosk
