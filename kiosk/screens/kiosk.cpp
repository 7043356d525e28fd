#include "screens/kiosk.h"

#include "core/speech/speech_normalizer.h"
#include "core/speech/speech_text.h"
#include "core/text/graphemes.h"
#include "core/text/sentences.h"
#include "core/ui/screen_painter.h"

#include <algorithm>
#include <utility>
#include "screens/category_screen.h"
#include "screens/help_screen.h"
#include "screens/home_screen.h"
#include "screens/language_screen.h"
#include "screens/topic_screen.h"

namespace kiosk {

template <class... Ts>
struct Overloaded : Ts... {
    using Ts::operator()...;
};

Kiosk::Kiosk(const Pack& pack, UiStrings strings, Theme theme, TextMeasurer& measurer,
             std::vector<LanguageChoice> languages)
    : content_(pack.content_for(strings.locale())),
      strings_(std::move(strings)),
      theme_(std::move(theme)),
      measurer_(measurer),
      breaker_(content_.locale),
      languages_(std::move(languages)),
      voice_(pack.manifest.voice_for(content_.locale, strings_.get("voice"))) {}

Reaction Kiosk::start() {
    stack_.reset(build_home_screen({content_, strings_}));
    return arrive();
}

Reaction Kiosk::handle(const Input& input) {
    reading_ = {};  // any input ends say-all
    Reaction reaction = std::visit(Overloaded{[&](Command c) { return on_command(c); },
                                              [&](Tap t) { return on_tap(t); }},
                                   input);
    const bool is_repeat = std::holds_alternative<Command>(input) && std::get<Command>(input) == Command::repeat;
    if (!reaction.speech.empty() && !is_repeat) last_speech_ = reaction.speech;
    return reaction;
}

namespace {

Reaction with_earcon(Reaction reaction, Earcon earcon) {
    reaction.earcon = earcon;
    return reaction;
}

}  // namespace

Reaction Kiosk::on_command(Command command) {
    switch (command) {
        case Command::next:
            if (stack_.focus_next() == ScreenStack::Move::at_edge) {
                return with_earcon(say(strings_.get("edge_bottom"), strings_.get("edge_bottom")), Earcon::edge);
            }
            return with_earcon(speak_focus(), Earcon::focus);
        case Command::previous:
            if (stack_.focus_previous() == ScreenStack::Move::at_edge) {
                return with_earcon(say(strings_.get("edge_top"), strings_.get("edge_top")), Earcon::edge);
            }
            return with_earcon(speak_focus(), Earcon::focus);
        case Command::activate:
            return activate();
        case Command::back:
            if (!stack_.pop()) {
                return with_earcon(say(strings_.get("already_home"), strings_.get("already_home")), Earcon::edge);
            }
            return with_earcon(arrive(), Earcon::back);
        case Command::home:
            if (stack_.depth() == 1 && stack_.top().focus == 0) {
                return with_earcon(say(strings_.get("already_home"), strings_.get("already_home")), Earcon::edge);
            }
            stack_.pop_to_root();
            return with_earcon(arrive(), Earcon::back);
        case Command::help:
            if (stack_.top().screen.kind == ScreenKind::help) return arrive();
            return open(build_help_screen({content_, strings_}, stack_.top().screen));
        default:
            return on_speech_command(command);
    }
}

Reaction Kiosk::on_speech_command(Command command) {
    switch (command) {
        case Command::say_all: return say_all();
        case Command::spell: return spell_focused();
        case Command::louder: return change_setting(settings_.volume, SpeechSettings::kVolumes.size(), +1, "setting_volume");
        case Command::softer: return change_setting(settings_.volume, SpeechSettings::kVolumes.size(), -1, "setting_volume");
        case Command::faster: return change_setting(settings_.rate, SpeechSettings::kRates.size(), +1, "setting_rate");
        case Command::slower: return change_setting(settings_.rate, SpeechSettings::kRates.size(), -1, "setting_rate");
        case Command::higher: return change_setting(settings_.pitch, SpeechSettings::kPitches.size(), +1, "setting_pitch");
        case Command::lower: return change_setting(settings_.pitch, SpeechSettings::kPitches.size(), -1, "setting_pitch");
        case Command::repeat: {
            if (last_speech_.empty()) {
                return with_earcon(say(strings_.get("nothing_to_repeat"), strings_.get("nothing_to_repeat")),
                                   Earcon::error);
            }
            Reaction reaction;
            reaction.speech = last_speech_;
            return reaction;
        }
        case Command::pause: {
            Reaction reaction;
            reaction.toggle_pause = true;
            return reaction;
        }
        default:
            return {};
    }
}

// The new setting is said with itself, so the resident hears the change it describes.
Reaction Kiosk::change_setting(std::size_t& step, std::size_t steps, int delta, const char* message_key) {
    if (delta > 0 && step + 1 < steps) ++step;
    if (delta < 0 && step > 0) --step;
    const std::string text = strings_.format(message_key, {},
                                             {{"level", static_cast<long>(step + 1)}, {"levels", static_cast<long>(steps)}});
    return say(text, text);
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
        const std::size_t at = label.find(line, offset);
        if (at == std::string::npos) break;
        offset = at + line.size();
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
    std::vector<std::string> characters = grapheme_clusters(speakable(item.label, " "));
    // Spaces and punctuation are not spelled: only what makes up the number or the name.
    characters.erase(std::remove_if(characters.begin(), characters.end(),
                                    [](const std::string& c) { return is_space_or_punctuation(c); }),
                     characters.end());
    return say(join_spoken(characters, strings_.get("list_separator")), item.label);
}

// A tap on an item focuses and activates it at once; later, with speech on, a first tap
// may only focus ("touch and confirm").
Reaction Kiosk::on_tap(Tap tap) {
    if (!layout_) return {};
    const auto& entry = stack_.top();
    for (std::size_t i = 0; i < entry.screen.focusable_count(); ++i) {
        const Rect rect = layout_->on_screen(i, entry.scroll);
        const bool visible = i >= layout_->items.size() ||
                             (is_shown(*layout_, rect) && layout_->content.contains(tap.x, tap.y));
        if (visible && rect.contains(tap.x, tap.y)) {
            stack_.set_focus(i);
            return activate();
        }
    }
    return {};
}

Reaction Kiosk::activate() {
    const Item& item = stack_.focused_item();
    return std::visit(
        Overloaded{
            [&](const OpenCategory& a) { return open(build_category_screen({content_, strings_}, a.id)); },
            [&](const OpenTopic& a) { return open(build_topic_screen({content_, strings_}, a.id)); },
            [&](const GoBack&) { return on_command(Command::back); },
            [&](const GoHome&) { return on_command(Command::home); },
            [&](const ShowHelp&) { return on_command(Command::help); },
            [&](const ShowLanguages&) {
                return open(build_language_screen({content_, strings_}, languages_, content_.locale));
            },
            [&](const ChooseLanguage& a) {
                Reaction reaction;
                reaction.switch_locale = a.locale;
                return reaction;
            },
            [&](const NoAction&) { return speak_focus(); },
        },
        item.action);
}

Reaction Kiosk::open(Screen screen) {
    stack_.push(std::move(screen));
    return with_earcon(arrive(), Earcon::activate);
}

// On arrival the screen says what it is, then what has focus, in one utterance so a
// following key press cuts both off together.
Reaction Kiosk::arrive() {
    const auto& entry = stack_.top();
    const Item& focused = stack_.focused_item();
    Reaction reaction;
    reaction.redraw = true;
    std::string text = entry.screen.entry_speech;
    std::string display = entry.screen.title;
    if (!entry.screen.entry_reads_all) {
        text = join_spoken({text, focused.spoken}, strings_.get("sentence_separator"));
        display = join_spoken({display, focused.label}, strings_.get("sentence_separator"));
    }
    reaction.speech.push_back({utterance(display, text), Interrupt::yes});
    if (!entry.screen.entry_reads_all && !focused.voice.empty()) {
        // An item with a voice of its own follows the announcement, still in one breath.
        reaction.speech.back().utterance = utterance(display, entry.screen.entry_speech);
        reaction.speech.push_back({utterance(focused.label, focused.spoken, focused.voice), Interrupt::no});
    }
    return reaction;
}

Reaction Kiosk::speak_focus() {
    const Item& item = stack_.focused_item();
    Reaction reaction;
    reaction.speech.push_back({utterance(item.label, item.spoken, item.voice), Interrupt::yes});
    reaction.redraw = true;
    return reaction;
}

Reaction Kiosk::say(const std::string& text, const std::string& display) {
    Reaction reaction;
    reaction.speech.push_back({utterance(display, text), Interrupt::yes});
    return reaction;
}

Utterance Kiosk::utterance(const std::string& display, const std::string& text, const std::string& voice) const {
    const bool own_voice = !voice.empty() && voice != voice_;
    // A language's own name is not rewritten by the current language's number rules.
    std::string spoken = own_voice ? text : normalize_for_speech(text, content_.locale);
    Utterance u{display, std::move(spoken), own_voice ? voice : voice_};
    u.rate_wpm = settings_.rate_wpm();
    u.volume = settings_.volume_level();
    u.pitch = settings_.pitch_level();
    return u;
}

void Kiosk::ensure_layout(Size viewport) {
    if (layout_ && layout_version_ == stack_.screen_version() && layout_->viewport.w == viewport.w &&
        layout_->viewport.h == viewport.h) {
        return;
    }
    layout_ = layout_screen(stack_.top().screen, viewport, measurer_, breaker_);
    layout_version_ = stack_.screen_version();
}

bool Kiosk::set_sound_available(bool available) {
    return std::exchange(sound_available_, available) != available;
}

DisplayList Kiosk::frame(Size viewport) {
    ensure_layout(viewport);
    auto& entry = stack_.top();
    entry.scroll = scroll_to_show(*layout_, entry.focus, entry.scroll);
    DisplayList list = paint_screen(entry.screen, *layout_, entry.focus, entry.scroll, theme_);
    underline_reading(list);
    if (!sound_available_) paint_notice(strings_.get("notice_no_sound"), *layout_, theme_, measurer_, list);
    return list;
}

}  // namespace kiosk
