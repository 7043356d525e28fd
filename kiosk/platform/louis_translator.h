#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/braille/braille_translator.h"

namespace kiosk {

// Braille by liblouis, with the table each language's readers are taught (ARCHITECTURE.md
// says why these):
//   zh-Hans  zhcn-cbs.ctb   national common braille, 国家通用盲文 (GF 0019-2018)
//   en       en-ueb-g1.ctb  Unified English Braille, uncontracted
//   ko       ko-g1.ctb      Korean braille, uncontracted
// liblouis keeps its tables in process-wide state and is not thread-safe: every call into it
// holds one process-wide lock, so the braille display's thread and a pack being prepared
// may each have a translator.
class LouisTranslator : public BrailleTranslator {
public:
    LouisTranslator();
    ~LouisTranslator() override;
    LouisTranslator(const LouisTranslator&) = delete;
    LouisTranslator& operator=(const LouisTranslator&) = delete;

    Result<BrailleCells> translate(std::string_view text, std::string_view locale) override;

    // The characters of `text` the locale's table has no braille for (liblouis would emboss
    // an escape such as '\\x1f600' for each), once each, in order; white space aside.
    Result<std::vector<char32_t>> untranslatable(std::string_view text, std::string_view locale);

    // The table for a locale: the language's own, or the English one.
    static std::string table_for(std::string_view locale);
    // Fails, naming the table, when liblouis cannot read one of the three.
    static Status check_tables();
};

}  // namespace kiosk
