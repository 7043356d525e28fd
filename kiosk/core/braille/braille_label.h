#pragma once

#include <string_view>
#include <vector>

#include "core/braille/braille_pages.h"
#include "core/braille/braille_translator.h"
#include "core/result.h"

namespace kiosk {

// A pack's braille instructions for one language as a label: each line of the text (a
// paragraph) translated in the language's braille and laid out on pages of `size`.
Result<std::vector<BraillePage>> braille_label(BrailleTranslator& translator, std::string_view text,
                                               std::string_view locale, BraillePageSize size);

}  // namespace kiosk
