// The ALSA headset jack: which jack controls count as a headset's, and that the watcher
// says what it found and ends cleanly on any machine, with a sound card or without.

#include "platform/alsa_headset_jack.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace kiosk {
namespace {

TEST(AlsaHeadsetJack, HeadphoneAndHeadsetJacksCountOthersDoNot) {
    for (const char* name : {"Headphone Jack", "Front Headphone Jack", "Headset Jack", "Headphone Mic Jack"}) {
        EXPECT_TRUE(is_headset_jack_name(name)) << name;
    }
    for (const char* name : {"Mic Jack", "Line Out Jack", "HDMI/DP,pcm=3 Jack", "Speaker Phantom Jack",
                             "Headphone Playback Switch", "Headphone", "Jack"}) {
        EXPECT_FALSE(is_headset_jack_name(name)) << name;
    }
}

TEST(AlsaHeadsetJack, SaysWhatItFoundAndStopsWhenDestroyed) {
    int changes = 0;
    AlsaHeadsetJack jack([&changes] { ++changes; });
    ASSERT_FALSE(jack.findings().empty());
    const auto& findings = jack.findings();
    const bool found_a_jack = std::any_of(findings.begin(), findings.end(), [](const std::string& line) {
        return line.rfind("headset jack: '", 0) == 0;
    });
    EXPECT_EQ(found_a_jack, jack.is_watching()) << findings.front();
    if (!jack.is_watching()) {
        EXPECT_EQ(findings.front(), "no headset jack: no sound card has a headphone jack control");
        EXPECT_FALSE(jack.headset_present());
    }
    EXPECT_EQ(changes, 0) << "nothing changed while nobody touched the jack";
}

}  // namespace
}  // namespace kiosk
