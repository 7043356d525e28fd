#include "screens/kiosk.h"

#include "core/speech/speech_normalizer.h"
#include "core/speech/speech_text.h"
#include "core/text/graphemes.h"
#include "core/text/sentences.h"
#include "core/ui/screen_painter.h"

#include <algorithm>
#include <utility>
#include "screens/attract_screen.h"
#include "screens/category_screen.h"
#include "screens/help_screen.h"
#include "screens/home_screen.h"
#include "screens/language_screen.h"
#include "screens/settings_screen.h"
#include "screens/topic_screen.h"

namespace kiosk {

template <class... Ts>
struct Overloaded : Ts... {
    using Ts::operator()...;
};

namespace {

// A press that moves further than this (in units of 1/1080 of the screen's shorter side)
// is a drag or an exploration, not a tap.
constexpr int kTapSlopUnits = 40;

Theme theme_named(const std::string& name) {
    if (auto theme = find_theme(name)) return *theme;
    return builtin_themes().front();
}

}  // namespace

Kiosk::Kiosk(const Pack& pack, UiStrings strings, TextMeasurer& measurer, std::vector<LanguageChoice> languages,
             Preferences preferences)
    : content_(pack.content_for(strings.locale())),
      strings_(std::move(strings)),
      prefs_(std::move(preferences)),
      theme_(theme_named(prefs_.theme)),
      measurer_(measurer),
      breaker_(content_.locale),
      languages_(std::move(languages)),
      voice_(pack.manifest.voice_for(content_.locale, strings_.get("voice"))) {}

Reaction Kiosk::start() {
    stack_.reset(build_home_screen({content_, strings_}));
    return heard_if_speaking(arrive());
}

Reaction Kiosk::start_fresh() {
    stack_.reset(build_home_screen({content_, strings_}));
    fresh_ = true;
    Reaction reaction;
    reaction.redraw = true;
    return reaction;
}

Reaction Kiosk::show_attract() {
    stack_.reset(build_attract_screen({content_, strings_}, languages_));
    fresh_ = true;
    idle_warning_.reset();
    touch_.reset();
    touch_selected_.reset();
    Reaction reaction;
    reaction.redraw = true;
    return reaction;
}

Reaction Kiosk::invite() {
    Reaction reaction;
    reaction.always_heard = true;
    for (const LanguageChoice& language : languages_) {
        const Interrupt interrupt = reaction.speech.empty() ? Interrupt::yes : Interrupt::no;
        reaction.speech.push_back({utterance(language.invitation, language.invitation, language.voice), interrupt});
    }
    if (languages_.empty()) {
        const std::string& invitation = strings_.get("attract_invitation");
        reaction.speech.push_back({utterance(invitation, invitation), Interrupt::yes});
    }
    return reaction;
}

Reaction Kiosk::warn_idle(int seconds_left) {
    const bool first = !idle_warning_;
    idle_warning_ = seconds_left;
    Reaction reaction;
    reaction.redraw = true;
    if (first) {
        const std::string warning = strings_.format("idle_warning", {}, {{"seconds", seconds_left}});
        const std::string text =
            join_spoken({strings_.get("idle_title"), warning}, strings_.get("sentence_separator"));
        reaction.speech.push_back({utterance(text, text), Interrupt::yes});
        reaction.earcon = Earcon::error;
    }
    return heard_if_speaking(reaction);
}

Reaction Kiosk::handle(const Input& input) {
    reading_ = {};  // any input ends say-all
    Reaction reaction = dispatch(input);
    const bool is_repeat = std::holds_alternative<Command>(input) && std::get<Command>(input) == Command::repeat;
    if (!reaction.speech.empty() && !is_repeat) last_speech_ = reaction.speech;
    return heard_if_speaking(std::move(reaction));
}

Reaction Kiosk::dispatch(const Input& input) {
    const auto* command = std::get_if<Command>(&input);
    const auto* pointer = std::get_if<Pointer>(&input);
    if (idle_warning_) {
        // Any input means someone is there: the warning goes, nothing else happens. A
        // finger still on the glass after the warning's tap must not turn into a drag.
        idle_warning_.reset();
        touch_.reset();
        if (pointer != nullptr && pointer->phase != PointerPhase::down) return {};
        const std::string& text = strings_.get("idle_extended");
        Reaction reaction = say(text, text);
        reaction.redraw = true;
        return reaction;
    }
    if (fresh_ && command != nullptr) return wake_by_key();
    const bool touch_ends = pointer == nullptr || pointer->phase == PointerPhase::up;
    if (fresh_ && touch_ends && !showing_attract()) fresh_ = false;
    if (pointer == nullptr) reveal_focus_ = true;
    return std::visit(Overloaded{[&](Command c) { return on_command(c); },
                                 [&](Pointer p) { return on_pointer(p); },
                                 [&](Tap t) { return tap_at(t.x, t.y); }},
                      input);
}

// EZ Access: on a kiosk nobody is using, the first key press is how a blind resident
// says "I am here". It turns speech on and says how to use the keys; the key itself does
// nothing else, so no one lands somewhere they did not choose.
Reaction Kiosk::wake_by_key() {
    fresh_ = false;
    prefs_.speech = true;
    if (showing_attract()) stack_.reset(build_home_screen({content_, strings_}));
    Reaction reaction = arrive();
    const std::string& intro = strings_.get("speech_started");
    reaction.speech.front().interrupt = Interrupt::no;
    reaction.speech.insert(reaction.speech.begin(), {utterance(intro, intro), Interrupt::yes});
    reaction.earcon = Earcon::activate;
    return reaction;
}

Reaction Kiosk::heard_if_speaking(Reaction reaction) const {
    if (!prefs_.speech && !reaction.always_heard) {
        reaction.speech.clear();
        reaction.earcon.reset();
    }
    return reaction;
}

namespace {

Reaction with_earcon(Reaction reaction, Earcon earcon) {
    reaction.earcon = earcon;
    return reaction;
}

}  // namespace

Reaction Kiosk::on_command(Command command) {
    touch_selected_.reset();  // keys take over from touch: the next tap selects afresh
    switch (command) {
        case Command::next:
            if (auto more = continue_tall_item()) return *more;
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
        case Command::settings:
            return open_settings();
        case Command::decrease:
        case Command::increase:
            return move_or_adjust(command);
        default:
            return on_speech_command(command);
    }
}

Reaction Kiosk::on_speech_command(Command command) {
    // Keypad 4 and 6 are the keypad's Left and Right: on a setting they change it.
    if ((command == Command::slower || command == Command::faster) &&
        std::holds_alternative<AdjustSetting>(stack_.focused_item().action)) {
        return move_or_adjust(command == Command::faster ? Command::increase : Command::decrease);
    }
    switch (command) {
        case Command::say_all: return say_all();
        case Command::spell: return spell_focused();
        case Command::louder: return change_setting(prefs_.speech_settings.volume, SpeechSettings::kVolumes.size(), +1, "setting_volume");
        case Command::softer: return change_setting(prefs_.speech_settings.volume, SpeechSettings::kVolumes.size(), -1, "setting_volume");
        case Command::faster: return change_setting(prefs_.speech_settings.rate, SpeechSettings::kRates.size(), +1, "setting_rate");
        case Command::slower: return change_setting(prefs_.speech_settings.rate, SpeechSettings::kRates.size(), -1, "setting_rate");
        case Command::higher: return change_setting(prefs_.speech_settings.pitch, SpeechSettings::kPitches.size(), +1, "setting_pitch");
        case Command::lower: return change_setting(prefs_.speech_settings.pitch, SpeechSettings::kPitches.size(), -1, "setting_pitch");
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
    if (stack_.top().screen.kind == ScreenKind::settings) {
        stack_.replace_top(build_settings_screen({content_, strings_}, prefs_, language_name()));
    }
    Reaction reaction = say(text, text);
    reaction.redraw = true;
    return reaction;
}

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

// Left and Right change the focused setting; anywhere else they move like Up and Down,
// so a resident who tries them is never met with silence.
Reaction Kiosk::move_or_adjust(Command command) {
    const int delta = command == Command::increase ? +1 : -1;
    if (const auto* adjust_action = std::get_if<AdjustSetting>(&stack_.focused_item().action)) {
        return adjust(adjust_action->setting, delta, false);
    }
    return on_command(delta > 0 ? Command::next : Command::previous);
}

Reaction Kiosk::adjust(Setting setting, int delta, bool wrap) {
    const bool was_speaking = prefs_.speech;
    const std::string name = setting_name(strings_, setting);
    if (!step_setting(prefs_, setting, delta, wrap)) {
        const std::string text = join_spoken({name, setting_value(strings_, prefs_, setting).spoken},
                                             strings_.get("list_separator"));
        return with_earcon(say(text, text), Earcon::edge);
    }
    theme_ = theme_named(prefs_.theme);
    if (stack_.top().screen.kind == ScreenKind::settings) {
        stack_.replace_top(build_settings_screen({content_, strings_}, prefs_, language_name()));
    }
    std::string text = join_spoken({name, setting_value(strings_, prefs_, setting).spoken},
                                   strings_.get("list_separator"));
    if (setting == Setting::privacy) text = strings_.get(prefs_.privacy ? "privacy_on" : "privacy_off");
    Reaction reaction = say(text, text);
    reaction.redraw = true;
    // Turning speech off is the last thing said, so the resident knows it worked.
    reaction.always_heard = was_speaking;
    return reaction;
}

Reaction Kiosk::open_settings() {
    if (stack_.top().screen.kind == ScreenKind::settings) return arrive();
    return open(build_settings_screen({content_, strings_}, prefs_, language_name()));
}

std::string Kiosk::language_name() const {
    for (const LanguageChoice& language : languages_) {
        if (language.locale == content_.locale) return language.name;
    }
    return strings_.get("language_name");
}

// Leaves the attract screen: in another language the shell builds a new Kiosk for it.
Reaction Kiosk::begin(const std::string& locale) {
    fresh_ = false;
    if (!locale.empty() && locale != content_.locale) {
        Reaction reaction;
        reaction.switch_locale = locale;
        return reaction;
    }
    stack_.reset(build_home_screen({content_, strings_}));
    return with_earcon(arrive(), Earcon::activate);
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
    std::vector<std::string> characters = grapheme_clusters(speakable(item.label, " "));
    // Spaces and punctuation are not spelled: only what makes up the number or the name.
    characters.erase(std::remove_if(characters.begin(), characters.end(),
                                    [](const std::string& c) { return is_space_or_punctuation(c); }),
                     characters.end());
    return say(join_spoken(characters, strings_.get("list_separator")), item.label);
}

std::optional<std::size_t> Kiosk::item_at(int x, int y) {
    if (!layout_) return std::nullopt;
    ensure_layout(layout_->viewport);  // taps may come faster than frames
    const auto& entry = stack_.top();
    for (std::size_t i = 0; i < entry.screen.focusable_count(); ++i) {
        const Rect rect = layout_->on_screen(i, entry.scroll);
        const bool visible = i >= layout_->items.size() || (is_shown(*layout_, rect) && layout_->content.contains(x, y));
        if (visible && rect.contains(x, y)) return i;
    }
    return std::nullopt;
}

// With speech off a tap opens what it touches, as on any touch screen. With speech on,
// a blind resident first hears what is there: the first tap selects and speaks, a second
// tap on the same item opens it ("touch and confirm").
Reaction Kiosk::tap_at(int x, int y) {
    const auto hit = item_at(x, y);
    if (!hit) return showing_attract() ? begin({}) : Reaction{};
    const Selected selected{stack_.screen_version(), *hit};
    const bool confirmed = touch_selected_ == selected && stack_.top().focus == *hit;
    stack_.set_focus(*hit);
    reveal_focus_ = true;
    if (!prefs_.speech || confirmed) {
        touch_selected_.reset();
        return activate();
    }
    touch_selected_ = selected;
    return with_earcon(speak_focus(), Earcon::focus);
}

// "Talking fingertip": with speech on, a finger sliding over the screen hears each item
// it enters; nothing opens until a tap confirms.
Reaction Kiosk::explore(int x, int y) {
    const auto hit = item_at(x, y);
    if (!hit || hit == touch_->explored) return {};
    touch_->explored = hit;
    stack_.set_focus(*hit);
    touch_selected_ = Selected{stack_.screen_version(), *hit};
    return with_earcon(speak_focus(), Earcon::focus);
}

Reaction Kiosk::on_pointer(Pointer pointer) {
    const int slop = layout_ ? static_cast<int>(kTapSlopUnits * layout_->scale) : kTapSlopUnits;
    switch (pointer.phase) {
        case PointerPhase::down:
            touch_ = Touch{pointer.x, pointer.y, stack_.top().scroll, false, std::nullopt};
            return {};
        case PointerPhase::move: {
            if (!touch_) return {};
            if (!touch_->moved && std::abs(pointer.x - touch_->x) <= slop && std::abs(pointer.y - touch_->y) <= slop) {
                return {};
            }
            touch_->moved = true;
            if (prefs_.speech) return explore(pointer.x, pointer.y);
            // Without speech the finger drags the page, which follows it freely.
            auto& entry = stack_.top();
            const int max_scroll = layout_ ? layout_->max_scroll() : 0;
            entry.scroll = std::clamp(touch_->scroll - (pointer.y - touch_->y), 0, max_scroll);
            Reaction reaction;
            reaction.redraw = true;
            return reaction;
        }
        case PointerPhase::up: {
            if (!touch_) return {};
            const Touch touch = *touch_;
            touch_.reset();
            if (!touch.moved) return tap_at(pointer.x, pointer.y);
            if (prefs_.speech || !layout_) return {};
            // A dragged page comes to rest at the top of a row, so no row is left cut.
            stack_.top().scroll = snap_to_row(*layout_, stack_.top().scroll);
            Reaction reaction;
            reaction.redraw = true;
            return reaction;
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
            [&](const ShowSettings&) { return open_settings(); },
            [&](const AdjustSetting& a) { return adjust(a.setting, +1, true); },
            [&](const Begin& a) { return begin(a.locale); },
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
    touch_selected_.reset();
    reveal_focus_ = true;
    if (!entry.screen.entry_reads_all) {
        text = join_spoken({text, spoken_with_position(entry.focus)}, strings_.get("sentence_separator"));
        display = join_spoken({display, focused.label}, strings_.get("sentence_separator"));
    }
    reaction.speech.push_back({utterance(display, text), Interrupt::yes});
    if (!entry.screen.entry_reads_all && !focused.voice.empty()) {
        // An item with a voice of its own follows the announcement, still in one breath.
        reaction.speech.back().utterance = utterance(display, entry.screen.entry_speech);
        reaction.speech.push_back({utterance(focused.label, focused.spoken, focused.voice), Interrupt::no});
        const std::string position = position_of(entry.focus);
        if (!position.empty()) reaction.speech.push_back({utterance(position, position), Interrupt::no});
    }
    return reaction;
}

namespace {

// Items are counted among their own kind, as a list is: categories among categories,
// buttons among buttons, an article's paragraphs, headings and rows among its text.
bool same_group(Role a, Role b) {
    auto is_text = [](Role r) {
        return r == Role::paragraph || r == Role::list_item || r == Role::heading || r == Role::table_row;
    };
    return a == b || (is_text(a) && is_text(b));
}

}  // namespace

// "第2项，共6项", or nothing for an item alone of its kind. The footer's buttons count
// among themselves, apart from the page's own.
std::string Kiosk::position_of(std::size_t index) const {
    const Screen& screen = stack_.top().screen;
    const bool in_footer = index >= screen.items.size();
    const Role role = screen.focusable(index).role;
    std::size_t position = 0;
    std::size_t count = 0;
    for (std::size_t i = 0; i < screen.focusable_count(); ++i) {
        if ((i >= screen.items.size()) != in_footer || !same_group(screen.focusable(i).role, role)) continue;
        if (i < index) ++position;
        ++count;
    }
    return count < 2 ? std::string{} : position_text(strings_, position, count);
}

std::string Kiosk::spoken_with_position(std::size_t index) const {
    return join_spoken({stack_.top().screen.focusable(index).spoken, position_of(index)}, strings_.get("list_separator"));
}

Reaction Kiosk::speak_focus() {
    const std::size_t index = stack_.top().focus;
    const Item& item = stack_.focused_item();
    Reaction reaction;
    reaction.redraw = true;
    const std::string spoken = spoken_with_position(index);
    if (item.voice.empty()) {
        reaction.speech.push_back({utterance(item.label, spoken), Interrupt::yes});
        return reaction;
    }
    // A language's name in its own voice, then its place in the screen's voice.
    reaction.speech.push_back({utterance(item.label, item.spoken, item.voice), Interrupt::yes});
    const std::string position = position_of(index);
    if (!position.empty()) reaction.speech.push_back({utterance(position, position), Interrupt::no});
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
    u.rate_wpm = prefs_.speech_settings.rate_wpm();
    u.volume = prefs_.speech_settings.volume_level();
    u.pitch = prefs_.speech_settings.pitch_level();
    return u;
}

void Kiosk::ensure_layout(Size viewport) {
    if (layout_ && layout_version_ == stack_.screen_version() && layout_text_size_ == prefs_.text_size &&
        layout_sound_ == sound_available_ && layout_->viewport.w == viewport.w && layout_->viewport.h == viewport.h) {
        return;
    }
    const Screen& screen = stack_.top().screen;
    if (sound_available_) {
        layout_ = layout_screen(screen, viewport, measurer_, breaker_, metrics_for_text_size(prefs_.text_size));
    } else {
        // Why the kiosk is silent, on a line of the header of its own, where it can
        // never cover the title however large the text.
        Screen with_notice = screen;
        with_notice.subtitle += (screen.subtitle.empty() ? "" : "\n") + strings_.get("notice_no_sound");
        layout_ = layout_screen(with_notice, viewport, measurer_, breaker_, metrics_for_text_size(prefs_.text_size));
    }
    layout_version_ = stack_.screen_version();
    layout_text_size_ = prefs_.text_size;
    layout_sound_ = sound_available_;
    reveal_focus_ = true;
}

bool Kiosk::set_sound_available(bool available) {
    return std::exchange(sound_available_, available) != available;
}

// A message that takes the whole screen, laid out like any screen so it follows the text
// size and theme: the idle warning.
DisplayList Kiosk::frame_of_message(Size viewport, const std::string& title, const std::vector<std::string>& lines) {
    Screen message;
    message.title = title;
    for (const std::string& line : lines) message.items.push_back(Item{.label = line, .style = ItemStyle::summary});
    const ScreenLayout layout =
        layout_screen(message, viewport, measurer_, breaker_, metrics_for_text_size(prefs_.text_size));
    return paint_screen(message, layout, message.focusable_count(), 0, theme_);
}

// Privacy mode: only the page colour and a small label saying why the screen is empty.
DisplayList Kiosk::privacy_frame(Size viewport) {
    DisplayList list;
    list.push_back(FillRect{{0, 0, viewport.w, viewport.h}, theme_.background});
    const std::string& label = strings_.get("privacy_label");
    const FontSpec font = layout_->subtitle.font;
    const int width = measurer_.width(label, font);
    const int height = measurer_.line_height(font);
    const int x = std::max(0, (viewport.w - width) / 2);
    const int y = viewport.h - 3 * height;
    list.push_back(DrawText{x, y, label, font, theme_.secondary_text});
    return list;
}

DisplayList Kiosk::frame(Size viewport) {
    ensure_layout(viewport);
    if (prefs_.privacy) return privacy_frame(viewport);
    if (idle_warning_) {
        const std::string warning = strings_.format("idle_warning", {}, {{"seconds", *idle_warning_}});
        const std::string countdown = strings_.format("idle_countdown", {}, {{"seconds", *idle_warning_}});
        return frame_of_message(viewport, strings_.get("idle_title"), {countdown, warning});
    }
    auto& entry = stack_.top();
    entry.scroll = std::clamp(entry.scroll, 0, layout_->max_scroll());
    // The focus is brought into view when it moves; a page dragged by hand stays put.
    if (reveal_focus_) entry.scroll = scroll_to_show(*layout_, entry.focus, entry.scroll);
    reveal_focus_ = false;
    DisplayList list = paint_screen(entry.screen, *layout_, entry.focus, entry.scroll, theme_);
    underline_reading(list);
    return list;
}

}  // namespace kiosk
