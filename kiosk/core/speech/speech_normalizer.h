#pragma once

#include <string>
#include <string_view>

namespace kiosk {

// Rewrites what the kiosk SPEAKS (never what it shows) so the synthesizer reads numbers
// the way a resident would say them: hotlines digit by digit ("12385" → 幺二三八五),
// decimals with their point ("2.4万元" → 二点四万元), years, ranges, percentages and
// comparisons ("≥60%" → 不低于百分之六十) in words of the locale's language.
//
// `locale` is a BCP 47 tag ("zh-Hans", "en", "ko-KR"); Chinese, English and Korean are
// known. For any other language only full-width digits are folded to ASCII. Text without
// digits comes back unchanged; characters other than the numbers read are kept.
std::string normalize_for_speech(std::string_view text, std::string_view locale);

}  // namespace kiosk
