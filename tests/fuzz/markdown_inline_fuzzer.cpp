// libFuzzer target for the inline Markdown walk and the text checks behind it (scripts/fuzz.sh):
// the input is an article body, read into blocks as the pack loader reads one, then each
// block's text is checked as the loader checks it (controls, bidi, unbreakable runs).
// The first byte picks the language, whose rules for line breaks differ. Any crash, leak,
// sanitizer report, timeout or deep recursion is a bug in the core, never in the input.

#include <cstddef>
#include <cstdint>
#include <string>

#include "core/content/article_text.h"
#include "core/content/markdown_blocks.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    static const char* const kLocales[] = {"zh-Hans", "en", "ko", "ar"};
    const std::string locale = kLocales[data[0] % 4];
    const std::string body(reinterpret_cast<const char*>(data) + 1, size - 1);
    kiosk::PackErrors problems;
    const auto blocks = kiosk::parse_markdown_blocks(body, "fuzz.md", 5, problems);
    kiosk::TextHygiene hygiene(locale, locale == "ar");
    kiosk::check_article_text(blocks, "fuzz.md", body, 5, hygiene, problems);
    return 0;
}
