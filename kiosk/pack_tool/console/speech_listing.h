#pragma once

#include <string>
#include <vector>

namespace kiosk {

// One item of the listening review (`kiosk-pack speech`): where it is, the voice, the text
// shown, the SSML handed to eSpeak NG and eSpeak's phonemes for it.
struct SpokenItem {
    std::string locale;
    std::string where;
    std::string voice;
    std::string shown;
    std::string ssml;
    std::string phonemes;
};

// The items of `kiosk-pack speech` output, in order; lines of another form are skipped.
std::vector<SpokenItem> parse_speech_review(const std::string& output);

}  // namespace kiosk
