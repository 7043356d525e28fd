#pragma once

#include <string_view>

#include "core/braille/braille_cells.h"
#include "core/result.h"

namespace kiosk {

// Text as it is shown on screen, in braille for a language's readers. The kiosk's own
// translator is liblouis (platform/louis_translator.h); tests give their own.
class BrailleTranslator {
public:
    virtual ~BrailleTranslator() = default;
    // `locale` is the kiosk's: "zh-Hans", "en" or "ko".
    virtual Result<BrailleCells> translate(std::string_view text, std::string_view locale) = 0;
};

}  // namespace kiosk
