// The review runs of the real program: --render-all draws every screen into PNG files
// with no display at all, and --audit checks every screen.

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "support/paths.h"
#include "support/run_command.h"

namespace fs = std::filesystem;

namespace kiosk {
namespace {

using testing::CommandResult;
using testing::slurp;

class Review : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("kiosk-review-" + std::to_string(::getpid()) + "-" +
                                            ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(dir_);
        fs::create_directories(dir_);
    }
    void TearDown() override {
        if (!HasFailure()) fs::remove_all(dir_);
    }

    // No DISPLAY and no SDL video driver: a review must not need a window system.
    CommandResult kiosk(const std::string& arguments) {
        return testing::run_command(
            "env -u DISPLAY -u WAYLAND_DISPLAY -u SDL_VIDEODRIVER KIOSK_CONFIG=" + (dir_ / "kiosk.toml").string() +
                " " + std::string(KIOSK_BINARY) + " " + arguments,
            dir_);
    }

    static std::string mini_pack() { return testing::fixture_path("mini-pack"); }
    static constexpr const char* kOneCombination =
        " --locales zh-Hans --themes standard --text-sizes 100 --shapes 1920x1080";

    fs::path dir_;
};

struct PngHeader {
    bool signature_ok = false;
    unsigned width = 0;
    unsigned height = 0;
};

unsigned big_endian(const std::string& bytes, std::size_t at) {
    unsigned value = 0;
    for (std::size_t i = 0; i < 4; ++i) value = (value << 8) | static_cast<unsigned char>(bytes[at + i]);
    return value;
}

PngHeader read_png_header(const fs::path& path) {
    const std::string bytes = slurp(path);
    PngHeader header;
    if (bytes.size() < 24) return header;
    header.signature_ok = bytes.compare(0, 8, "\x89PNG\r\n\x1a\n", 8) == 0 && bytes.compare(12, 4, "IHDR") == 0;
    header.width = big_endian(bytes, 16);
    header.height = big_endian(bytes, 20);
    return header;
}

TEST_F(Review, RenderAllWritesEveryPageAsAPngAndAContactSheet) {
    const fs::path out = dir_ / "render";
    const CommandResult result = kiosk("--render-all " + out.string() + " --pack " + mini_pack() + kOneCombination);
    ASSERT_EQ(result.exit_code, 0) << result.err;

    const fs::path folder = out / "zh-Hans/standard/100/1920x1080";
    std::size_t pngs = 0;
    for (const auto& entry : fs::directory_iterator(folder)) {
        const PngHeader header = read_png_header(entry.path());
        EXPECT_TRUE(header.signature_ok) << entry.path();
        EXPECT_EQ(header.width, 1920u) << entry.path();
        EXPECT_EQ(header.height, 1080u) << entry.path();
        EXPECT_GT(fs::file_size(entry.path()), 5000u) << "a drawn screen, not an empty picture: " << entry.path();
        ++pngs;
    }
    for (const char* page :
         {"home-p1.png", "category-legal-p1.png", "topic-legal-aid-p1.png", "help-home-p1.png", "languages-p1.png"}) {
        EXPECT_TRUE(fs::exists(folder / page)) << page;
    }
    EXPECT_NE(result.out.find(std::to_string(pngs) + " PNGs, 0 problems"), std::string::npos) << result.out;

    const std::string index = slurp(out / "index.html");
    EXPECT_NE(index.find("<h2>0 problems</h2>"), std::string::npos);
    EXPECT_NE(index.find("<a href=\"zh-Hans/standard/100/1920x1080/home-p1.png\"><img"), std::string::npos);
    std::size_t thumbnails = 0;
    for (std::size_t at = index.find("<img "); at != std::string::npos; at = index.find("<img ", at + 1)) ++thumbnails;
    EXPECT_EQ(thumbnails, pngs);
}

TEST_F(Review, RenderAllDrawsOnlyTheScreensNamed) {
    const fs::path out = dir_ / "render";
    const CommandResult result = kiosk("--render-all " + out.string() + " --pack " + mini_pack() + kOneCombination +
                                       " --screens topic-legal-aid,home");
    ASSERT_EQ(result.exit_code, 0) << result.err;
    std::set<std::string> drawn;
    for (const auto& entry : fs::directory_iterator(out / "zh-Hans/standard/100/1920x1080")) {
        drawn.insert(entry.path().filename().string());
    }
    // Every page of the two screens named (the topic is longer than one page), and nothing else.
    EXPECT_TRUE(drawn.count("home-p1.png"));
    EXPECT_TRUE(drawn.count("topic-legal-aid-p1.png"));
    for (const auto& name : drawn) {
        EXPECT_TRUE(name.rfind("home-p", 0) == 0 || name.rfind("topic-legal-aid-p", 0) == 0) << name;
    }
}

TEST_F(Review, RenderAllReportsAWordTooLongForAnyLineAndExitsOne) {
    const fs::path pack = dir_ / "pack";
    fs::copy(mini_pack(), pack, fs::copy_options::recursive);
    std::ofstream(pack / "zh-Hans/topics/hotlines.md", std::ios::app) << "\n网址：" << std::string(200, 'w') << "\n";

    const CommandResult result =
        kiosk("--render-all " + (dir_ / "render").string() + " --pack " + pack.string() + kOneCombination);

    EXPECT_EQ(result.exit_code, 1) << result.err;
    EXPECT_NE(result.err.find("zh-Hans/standard/100/1920x1080/topic-hotlines: word cut for being wider than a line: "
                              "\"网址：wwww"),
              std::string::npos)
        << result.err;
    EXPECT_NE(slurp(dir_ / "render/index.html").find("word cut for being wider than a line"), std::string::npos);
}

TEST_F(Review, RenderAllRefusesLimitsItDoesNotKnow) {
    EXPECT_EQ(kiosk("--render-all " + (dir_ / "r").string() + " --text-sizes 120").exit_code, 2);
    EXPECT_EQ(kiosk("--render-all " + (dir_ / "r").string() + " --shapes large").exit_code, 2);
    EXPECT_EQ(kiosk("--render-all " + (dir_ / "r").string() + " --themes pink").exit_code, 2);
    const CommandResult no_such_language =
        kiosk("--render-all " + (dir_ / "r").string() + " --pack " + mini_pack() + " --locales fr");
    EXPECT_EQ(no_such_language.exit_code, 2);
    EXPECT_NE(no_such_language.err.find("no language 'fr'"), std::string::npos) << no_such_language.err;
}

// Every screen of the mini pack in every theme, text size and screen shape.
TEST_F(Review, AuditOfTheMiniPackFindsNothing) {
    const CommandResult result = kiosk("--audit --pack " + mini_pack());
    EXPECT_EQ(result.exit_code, 0) << result.out << result.err;
    // 16 screens (the maintenance screen twice, its exit waiting for the second press the
    // second time), in 4 themes, 4 text sizes and 3 shapes.
    EXPECT_NE(result.out.find("audit: 768 screens, 0 findings"), std::string::npos) << result.out;
}

// The default pack, in all three languages, at every text size and shape.
TEST_F(Review, AuditOfTheDefaultPackFindsNothing) {
    const CommandResult result = kiosk("--audit --themes standard");
    EXPECT_EQ(result.exit_code, 0) << result.out << result.err;
    EXPECT_NE(result.out.find(" screens, 0 findings"), std::string::npos) << result.out;
}

}  // namespace
}  // namespace kiosk
