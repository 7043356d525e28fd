#include "core/speech/earcons.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "support/paths.h"

namespace kiosk {
namespace {

TEST(Earcons, TheProjectsSetDescribesEveryEarcon) {
    PackErrors problems;
    const auto set = load_earcons(testing::source_path("audio/earcons.toml"), problems);
    ASSERT_TRUE(set) << (problems.empty() ? "" : problems[0].to_string());
    EXPECT_EQ(set->size(), kEarconNames.size());
}

TEST(Earcons, StartAndEndAtSilenceSoTheyDoNotClick) {
    const EarconSound sound{{880.0, 660.0}, 50, 0.5};
    const auto samples = synthesize_earcon(sound, 22050);
    ASSERT_EQ(samples.size(), 2u * (22050u * 50u / 1000u)) << "each tone exactly its length";
    const std::size_t tone = samples.size() / 2;
    for (std::size_t at : {std::size_t{0}, tone - 1, tone, samples.size() - 1}) {
        EXPECT_LE(std::abs(samples[at]), 200) << "sample " << at;  // at most 0.6% of full scale
    }
    int peak = 0;
    for (auto s : samples) peak = std::max(peak, std::abs(static_cast<int>(s)));
    EXPECT_NEAR(peak, 0.5 * 32767, 400) << "the gain sets the loudness";
}

TEST(Earcons, ABadDescriptionIsReportedWithItsLine) {
    const auto path = std::filesystem::temp_directory_path() / ("earcons-" + std::to_string(::getpid()) + ".toml");
    std::ofstream(path) << "[focus]\ntones = [880.0]\nms = 35\n\n[activate]\ntones = []\nms = 50\n";
    PackErrors problems;
    EXPECT_FALSE(load_earcons(path.string(), problems));
    ASSERT_GE(problems.size(), 2u);
    EXPECT_EQ(problems[0].where.line, 5);
    EXPECT_NE(problems[0].message.find("earcon [activate] needs tones"), std::string::npos) << problems[0].message;
    EXPECT_NE(problems[1].message.find("missing earcon [back]"), std::string::npos) << problems[1].message;
    std::filesystem::remove(path);
}

}  // namespace
}  // namespace kiosk
