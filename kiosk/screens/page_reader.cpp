#include "screens/page_reader.h"

#include <algorithm>
#include <string>
#include <vector>

#include "core/speech/speech_text.h"
#include "core/text/graphemes.h"
#include "core/text/sentences.h"

namespace kiosk {
namespace {

// Say-all keeps only a few utterances ahead of what is heard (next), so a page of any
// length takes the same memory and each step the same time.
constexpr std::size_t kReadAhead = 3;
// Whitespace-only pieces are skipped; at most this many are looked at in one step.
constexpr int kPiecesPerStep = 32;

}  // namespace

PageReader::PageReader(ScreenStack& stack, const SpeechWording& wording, ScreenView& view, const UiStrings& strings,
                       TextMeasurer& measurer)
    : stack_(stack), wording_(wording), view_(view), strings_(strings), measurer_(measurer) {}

Reaction PageReader::say_all() {
    place_ = Place{std::min(stack_.top().focus, stack_.top().screen.items.size()), 0};
    return next(Interrupt::yes);
}

Reaction PageReader::next(Interrupt first) {
    Reaction reaction;
    const Screen& screen = stack_.top().screen;
    for (int pieces = 0; place_ && reaction.speech.size() < kReadAhead && pieces < kPiecesPerStep; ++pieces) {
        if (place_->item >= screen.items.size()) {
            const std::string& end = strings_.get("end_of_reading");
            reaction.speech.push_back({wording_.utterance(end, end), Interrupt::no});
            place_.reset();
            break;
        }
        read_next_piece(reaction);
    }
    if (!reaction.speech.empty()) reaction.speech.front().interrupt = first;
    return reaction;
}

// Text is read a sentence at a time, so the sentence being heard can be shown; headings
// and table rows are read whole, with their role or labels.
void PageReader::read_next_piece(Reaction& reaction) {
    Place& place = *place_;
    const std::size_t index = place.item;
    const Item& item = stack_.top().screen.items[index];
    const bool by_sentence = item.role == Role::paragraph || item.role == Role::list_item;
    if (!by_sentence || !item.voice.empty()) {
        Utterance u = wording_.utterance(item.label, item.spoken, item.voice);
        u.item = static_cast<int>(index);
        reaction.speech.push_back({std::move(u), Interrupt::no});
        place = {index + 1, 0};
        return;
    }
    const auto [begin, end] = next_sentence(item.label, place.offset);
    place = end >= item.label.size() ? Place{index + 1, 0} : Place{index, end};
    const std::string sentence = item.label.substr(begin, end - begin);
    const std::string spoken = speakable(sentence, strings_.get("list_separator"));
    if (spoken.find_first_not_of(" \n") == std::string::npos) return;
    Utterance u = wording_.utterance(sentence, spoken);
    u.item = static_cast<int>(index);
    u.sentence_begin = static_cast<int>(begin);
    u.sentence_end = static_cast<int>(end);
    reaction.speech.push_back({std::move(u), Interrupt::no});
}

bool PageReader::follow(const Utterance& heard) {
    auto& entry = stack_.top();
    if (heard.item < 0 || static_cast<std::size_t>(heard.item) >= entry.screen.items.size()) return false;
    const Underlined now{heard.item, heard.sentence_begin, heard.sentence_end};
    const bool changed = !(now == underlined_) || entry.focus != static_cast<std::size_t>(heard.item);
    underlined_ = now;
    entry.focus = static_cast<std::size_t>(heard.item);
    if (changed) view_.reveal_focus();
    return changed;
}

void PageReader::underline(DisplayList& list, const ScreenLayout& layout, const Theme& theme) const {
    const auto& entry = stack_.top();
    if (underlined_.item < 0 || underlined_.begin < 0 || static_cast<std::size_t>(underlined_.item) != entry.focus) {
        return;
    }
    const auto index = static_cast<std::size_t>(underlined_.item);
    const ItemBox& box = layout.items[index];
    const std::string& label = entry.screen.items[index].label;
    const Rect rect = layout.on_screen(index, entry.scroll);
    const int thickness = std::max(2, layout.focus_ring / 2);
    std::size_t offset = 0;
    for (std::size_t l = 0; l < box.label.lines.size(); ++l) {
        const std::string& line = box.label.lines[l];
        const std::optional<LineSpan> span = find_line(label, line, offset);
        if (!span) break;
        const std::size_t at = span->begin;
        offset = span->end;
        const std::size_t from = std::max<std::size_t>(at, static_cast<std::size_t>(underlined_.begin));
        const std::size_t to = std::min<std::size_t>(offset, static_cast<std::size_t>(underlined_.end));
        if (from >= to) continue;
        const int x0 = measurer_.width(std::string_view(line).substr(0, from - at), box.label.font);
        const int x1 = measurer_.width(std::string_view(line).substr(0, to - at), box.label.font);
        const int y = rect.y + box.padding + static_cast<int>(l + 1) * box.label.line_height - thickness;
        list.push_back(FillRect{{rect.x + box.padding + x0, y, x1 - x0, thickness}, theme.focus_text});
    }
}

std::optional<Reaction> PageReader::read_on_tall_item() {
    const ScreenLayout* layout = view_.current_layout();  // keys may come before any frame
    if (layout == nullptr) return std::nullopt;
    auto& entry = stack_.top();
    const auto scroll = scroll_within(*layout, entry.focus, entry.scroll);
    if (!scroll) return std::nullopt;
    entry.scroll = *scroll;
    view_.keep_scroll();
    const ItemBox& box = layout->items[entry.focus];
    const std::string& label = entry.screen.items[entry.focus].label;
    const int first_line = box.rect.y + box.padding;
    std::size_t at = 0;
    for (std::size_t line = 0; line < box.label.lines.size(); ++line) {
        const std::optional<LineSpan> found = find_line(label, box.label.lines[line], at);
        if (!found) break;
        at = found->begin;
        if (first_line + static_cast<int>(line) * box.label.line_height >= *scroll) break;
        at = found->end;
    }
    const std::string rest = label.substr(std::min(at, label.size()));
    return with_earcon(redrawn(wording_.say(speakable(rest, strings_.get("list_separator")), rest)), Earcon::focus);
}

Reaction PageReader::spell_focused() const {
    const Item& item = stack_.focused_item();
    // The claim's kind is not part of the number or name being spelled.
    std::string_view text = item.label;
    if (const auto at = text.find(item.claim + "\n"); !item.claim.empty() && at != std::string_view::npos) {
        text.remove_prefix(at + item.claim.size() + 1);
    }
    std::vector<std::string> characters = grapheme_clusters(speakable(text, " "));
    // Spaces and punctuation are not spelled: only what makes up the number or the name.
    characters.erase(std::remove_if(characters.begin(), characters.end(),
                                    [](const std::string& c) { return is_space_or_punctuation(c); }),
                     characters.end());
    return wording_.say(join_spoken(characters, strings_.get("list_separator")), item.label);
}

}  // namespace kiosk
