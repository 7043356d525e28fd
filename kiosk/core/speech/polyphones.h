#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk {

// Characters with more than one Mandarin reading, from Unihan's kXHC1983 field: the
// readings of 现代汉语词典 (Xiandai Hanyu Cidian), the modern standard dictionary, rather
// than the historical readings of kHanyuPinyin or the single most common one of kMandarin.
// A neutral-tone reading of a syllable the character also has with a full tone (得 de
// beside dé) is not counted as another reading: it is the same syllable, weakened.
class Polyphones {
public:
    // Reads the lines of Unihan_Readings.txt ("U+884C<TAB>kXHC1983<TAB>0442.080:háng ...");
    // other fields and comment lines are skipped.
    static Polyphones from_unihan_readings(std::string_view text);

    // The readings of a character with more than one, e.g. 行: háng hàng xìng xíng;
    // nothing for a character with one reading or none known.
    const std::vector<std::string>* readings(char32_t character) const;
    std::size_t size() const { return readings_.size(); }

private:
    std::map<char32_t, std::vector<std::string>> readings_;
};

// The readings of one kXHC1983 value that count as different ("0223.030:dé 0225.010:de
// 0225.040:děi" gives dé and děi), in the order given.
std::vector<std::string> distinct_mandarin_readings(std::string_view xhc_value);

}  // namespace kiosk
