#include "core/braille/braille_presenter.h"

#include <utility>

namespace kiosk {

Status BraillePresenter::show(const std::string& text, const std::string& locale) {
    if (text == text_ && locale == locale_) return {};
    text_ = text;
    locale_ = locale;
    Result<BrailleCells> cells = translator_.translate(text, locale);
    if (!cells) {
        window_.show({});
        return failure(cells.error());
    }
    window_.show(std::move(*cells));
    return {};
}

std::optional<Command> BraillePresenter::on_key(const BrailleKey& key) {
    switch (key.kind) {
        case BrailleKey::Kind::pan_forward:
            if (window_.pan_forward() == BrailleWindow::Pan::at_end) return Command::next;
            return std::nullopt;
        case BrailleKey::Kind::pan_back:
            if (window_.pan_back() == BrailleWindow::Pan::at_end) return Command::previous;
            return std::nullopt;
        case BrailleKey::Kind::route:
            // Any cell of the item opens it; past its end the key touches nothing.
            if (window_.source_at(key.cell)) return Command::activate;
            return std::nullopt;
        case BrailleKey::Kind::line_down:
            return Command::next;
        case BrailleKey::Kind::line_up:
            return Command::previous;
        case BrailleKey::Kind::other:
            return std::nullopt;
    }
    return std::nullopt;
}

}  // namespace kiosk
