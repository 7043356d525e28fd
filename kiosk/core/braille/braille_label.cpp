#include "core/braille/braille_label.h"

namespace kiosk {

Result<std::vector<BraillePage>> braille_label(BrailleTranslator& translator, std::string_view text,
                                               std::string_view locale, BraillePageSize size) {
    std::vector<BrailleLine> paragraphs;
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        const std::string_view paragraph = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
        auto cells = translator.translate(paragraph, locale);
        if (!cells) return failure(cells.error());
        paragraphs.push_back(std::move(cells->dots));
    }
    return lay_out_braille(paragraphs, size);
}

}  // namespace kiosk
