#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk {

// A number form that normalize_for_speech does not turn wholly into words: after it a
// digit or symbol stands next to a letter, or Latin letters run on from Chinese or Korean
// number words ("25kg" → 二十五kg). The synthesizer would spell such letters and symbols
// out, or drop them, so a resident would not hear the number the page shows.
struct UnreadNumber {
    std::string written;  // "25kg", as in the text
    std::string spoken;   // "二十五kg", what the kiosk would say for it
    std::size_t offset;   // byte offset of `written` in the text
};

// Every such form in `text`, in order. A number form is a run of characters around a
// digit up to a space, a Han or Hangul character, a bracket, a quote or a pause mark; it
// is read on its own, as the words around it do not change how its letters and symbols
// are read. Only languages the normaliser knows (zh, en, ko) are checked.
std::vector<UnreadNumber> unread_number_forms(std::string_view text, std::string_view locale);

}  // namespace kiosk
