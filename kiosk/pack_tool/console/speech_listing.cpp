#include "pack_tool/console/speech_listing.h"

#include <sstream>

namespace kiosk {
namespace {

bool take(const std::string& line, const std::string& label, std::string& into) {
    if (line.rfind(label, 0) != 0) return false;
    into = line.substr(label.size());
    return true;
}

}  // namespace

std::vector<SpokenItem> parse_speech_review(const std::string& output) {
    std::vector<SpokenItem> items;
    std::istringstream in(output);
    std::string line;
    while (std::getline(in, line)) {
        // "zh-Hans topic-x #3 [cmn-latn-pinyin]", then three indented lines.
        const std::size_t space = line.find(' ');
        const std::size_t open = line.rfind(" [");
        if (line.empty() || line[0] == ' ' || space == std::string::npos || open == std::string::npos || open < space ||
            line.back() != ']') {
            continue;
        }
        SpokenItem item{line.substr(0, space), line.substr(space + 1, open - space - 1),
                        line.substr(open + 2, line.size() - open - 3)};
        std::string shown, ssml, phonemes;
        if (std::getline(in, shown) && take(shown, "  shown:    ", item.shown) && std::getline(in, ssml) &&
            take(ssml, "  espeak:   ", item.ssml) && std::getline(in, phonemes) &&
            take(phonemes, "  phonemes: ", item.phonemes)) {
            items.push_back(std::move(item));
        }
    }
    return items;
}

}  // namespace kiosk
