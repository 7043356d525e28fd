#include "core/speech/polyphones.h"

#include <gtest/gtest.h>

#include "support/paths.h"
#include "support/run_command.h"

namespace kiosk {
namespace {

using Readings = std::vector<std::string>;

TEST(Polyphones, CountsTheReadingsOfTheModernDictionary) {
    const Polyphones table =
        Polyphones::from_unihan_readings(testing::slurp(testing::fixture_path("unihan-readings-sample.txt")));
    ASSERT_NE(table.readings(U'行'), nullptr);
    EXPECT_EQ(*table.readings(U'行'), (Readings{"háng", "hàng", "xìng", "xíng"}));
    ASSERT_NE(table.readings(U'了'), nullptr);
    EXPECT_EQ(*table.readings(U'了'), (Readings{"le", "liǎo", "liào"}));
    EXPECT_EQ(table.readings(U'子'), nullptr) << "one reading";
    EXPECT_EQ(table.readings(U'银'), nullptr) << "one reading";
    EXPECT_EQ(table.readings(U'中'), nullptr) << "not in the sample";
}

TEST(Polyphones, ANeutralToneOfAToneSyllableIsNotAnotherReading) {
    const Polyphones table =
        Polyphones::from_unihan_readings(testing::slurp(testing::fixture_path("unihan-readings-sample.txt")));
    ASSERT_NE(table.readings(U'得'), nullptr);
    EXPECT_EQ(*table.readings(U'得'), (Readings{"dé", "děi"}));
    // The sample's 们 line is made up for this case: mén and its weakened men.
    EXPECT_EQ(table.readings(U'们'), nullptr);
    EXPECT_EQ(table.size(), 3u);
}

TEST(Polyphones, DistinctReadingsOfOneValue) {
    EXPECT_EQ(distinct_mandarin_readings("0223.030:dé 0225.010:de 0225.040:děi"), (Readings{"dé", "děi"}));
    EXPECT_EQ(distinct_mandarin_readings("0684.060:le 0711.150:liǎo"), (Readings{"le", "liǎo"}));
    EXPECT_EQ(distinct_mandarin_readings("0001.010,0002.020:lǜ 0003.030:shuài"), (Readings{"lǜ", "shuài"}));
    EXPECT_EQ(distinct_mandarin_readings("broken"), Readings{});
}

}  // namespace
}  // namespace kiosk
