#include "screens/kiosk.h"

// The Kiosk reading on: say-all a sentence at a time with the sentence underlined, an
// item taller than the page a page at a time, and spelling.

#include <algorithm>

#include "core/speech/speech_text.h"
#include "core/text/graphemes.h"
#include "core/text/sentences.h"

namespace kiosk {

// An item taller than the page (a long paragraph at 300%) is read on page by page: Down
// first brings its next lines into view and says them, then moves on.
std::optional<Reaction> Kiosk::continue_tall_item() {
    if (!layout_) return std::nullopt;
    ensure_layout(layout_->viewport);  // keys may come faster than frames
    auto& entry = stack_.top();
    const auto scroll = scroll_within(*layout_, entry.focus, entry.scroll);
    if (!scroll) return std::nullopt;
    entry.scroll = *scroll;
    reveal_focus_ = false;
    const ItemBox& box = layout_->items[entry.focus];
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
    Reaction reaction = say(speakable(rest, strings_.get("list_separator")), rest);
    reaction.redraw = true;
    return with_earcon(std::move(reaction), Earcon::focus);
}

// Reads the page from the focused item to its end, one utterance per item; as each is
// heard the focus follows it (follow_reading). Any key cuts it off where it is, and
// say-all again goes on from there.
Reaction Kiosk::say_all() {
    const Screen& screen = stack_.top().screen;
    Reaction reaction;
    for (std::size_t i = std::min(stack_.top().focus, screen.items.size()); i < screen.items.size(); ++i) {
        read_item_by_sentence(i, reaction);
    }
    const std::string& end = strings_.get("end_of_reading");
    reaction.speech.push_back({utterance(end, end), reaction.speech.empty() ? Interrupt::yes : Interrupt::no});
    return reaction;
}

// Text is read a sentence at a time, so the sentence being heard can be shown; headings
// and table rows are read whole, with their role or labels.
void Kiosk::read_item_by_sentence(std::size_t index, Reaction& reaction) {
    const Item& item = stack_.top().screen.items[index];
    const Interrupt first = reaction.speech.empty() ? Interrupt::yes : Interrupt::no;
    const bool by_sentence = item.role == Role::paragraph || item.role == Role::list_item;
    if (!by_sentence || !item.voice.empty()) {
        Utterance u = utterance(item.label, item.spoken, item.voice);
        u.item = static_cast<int>(index);
        reaction.speech.push_back({std::move(u), first});
        return;
    }
    for (const auto& [begin, end] : sentence_ranges(item.label)) {
        const std::string sentence = item.label.substr(begin, end - begin);
        const std::string spoken = speakable(sentence, strings_.get("list_separator"));
        if (spoken.find_first_not_of(" \n") == std::string::npos) continue;
        Utterance u = utterance(sentence, spoken);
        u.item = static_cast<int>(index);
        u.sentence_begin = static_cast<int>(begin);
        u.sentence_end = static_cast<int>(end);
        reaction.speech.push_back({std::move(u), reaction.speech.empty() ? Interrupt::yes : Interrupt::no});
    }
}

bool Kiosk::follow_reading(const Utterance& heard) {
    auto& entry = stack_.top();
    if (heard.item < 0 || static_cast<std::size_t>(heard.item) >= entry.screen.items.size()) return false;
    const Reading now{heard.item, heard.sentence_begin, heard.sentence_end};
    const bool changed = !(now == reading_) || entry.focus != static_cast<std::size_t>(heard.item);
    reading_ = now;
    entry.focus = static_cast<std::size_t>(heard.item);
    if (changed) reveal_focus_ = true;
    return changed;
}

// Underlines, line by line, the part of the focused item's text that is being read.
void Kiosk::underline_reading(DisplayList& list) {
    const auto& entry = stack_.top();
    if (reading_.item < 0 || reading_.begin < 0 || static_cast<std::size_t>(reading_.item) != entry.focus) return;
    const auto index = static_cast<std::size_t>(reading_.item);
    const ItemBox& box = layout_->items[index];
    const std::string& label = entry.screen.items[index].label;
    const Rect rect = layout_->on_screen(index, entry.scroll);
    const int thickness = std::max(2, layout_->focus_ring / 2);
    std::size_t offset = 0;
    for (std::size_t l = 0; l < box.label.lines.size(); ++l) {
        const std::string& line = box.label.lines[l];
        const std::optional<LineSpan> span = find_line(label, line, offset);
        if (!span) break;
        const std::size_t at = span->begin;
        offset = span->end;
        const std::size_t from = std::max<std::size_t>(at, static_cast<std::size_t>(reading_.begin));
        const std::size_t to = std::min<std::size_t>(offset, static_cast<std::size_t>(reading_.end));
        if (from >= to) continue;
        const int x0 = measurer_.width(std::string_view(line).substr(0, from - at), box.label.font);
        const int x1 = measurer_.width(std::string_view(line).substr(0, to - at), box.label.font);
        const int y = rect.y + box.padding + static_cast<int>(l + 1) * box.label.line_height - thickness;
        list.push_back(FillRect{{rect.x + box.padding + x0, y, x1 - x0, thickness}, theme_.focus_text});
    }
}

// Character by character, for numbers and names: "12385" is said 一，二，三，八，五.
Reaction Kiosk::spell_focused() {
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
    return say(join_spoken(characters, strings_.get("list_separator")), item.label);
}

}  // namespace kiosk
