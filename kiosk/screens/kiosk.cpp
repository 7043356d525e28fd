#include "screens/kiosk.h"

#include <algorithm>
#include <utility>

#include "core/speech/speech_lexicons.h"
#include "core/speech/speech_normalizer.h"
#include "core/speech/speech_text.h"
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
// clang 14 (the fuzz build) does not deduce an aggregate's template arguments by itself.
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

Kiosk::Kiosk(const Pack& pack, UiStrings strings, TextMeasurer& measurer, std::vector<LanguageChoice> languages,
             Preferences preferences)
    : content_(pack.content_for(strings.locale())),
      strings_(std::move(strings)),
      prefs_(std::move(preferences)),
      theme_(theme_named(prefs_.theme)),
      measurer_(measurer),
      breaker_(content_.locale),
      languages_(std::move(languages)),
      voice_(pack.manifest.voice_for(content_.locale, strings_.get("voice"))),
      markup_(speech_markup_for(pack, content_.locale)) {}

Reaction Kiosk::start() {
    say_all_.reset();  // speaking of its own accord, the kiosk stops reading
    stack_.reset(build_home_screen({content_, strings_}));
    return heard_if_speaking(arrive());
}

Reaction Kiosk::start_fresh() {
    say_all_.reset();  // speaking of its own accord, the kiosk stops reading
    stack_.reset(build_home_screen({content_, strings_}));
    fresh_ = true;
    Reaction reaction;
    reaction.redraw = true;
    return reaction;
}

Reaction Kiosk::show_attract() {
    say_all_.reset();  // speaking of its own accord, the kiosk stops reading
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
    say_all_.reset();  // speaking of its own accord, the kiosk stops reading
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
    say_all_.reset();  // speaking of its own accord, the kiosk stops reading
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
    say_all_.reset();
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
    if (entering_staff_code()) {
        if (auto reaction = on_staff_prompt(input)) return *reaction;
    }
    if (command != nullptr && completes_staff_sequence(*command)) return open_staff_prompt();
    const bool touch_ends = pointer == nullptr || pointer->phase == PointerPhase::up;
    if (fresh_ && touch_ends && !showing_attract()) fresh_ = false;
    if (pointer == nullptr) reveal_focus_ = true;
    return std::visit(Overloaded{[&](Command c) { return on_command(c); },
                                 [&](Pointer p) { return on_pointer(p); },
                                 [&](Tap t) { return tap_at(t.x, t.y); },
                                 [&](Digit) { return Reaction{}; }},  // digits mean something only on the prompt
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

Reaction Kiosk::with_earcon(Reaction reaction, Earcon earcon) {
    reaction.earcon = earcon;
    return reaction;
}

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
    // A language's own name is not rewritten by the current language's rules.
    std::string spoken = own_voice ? text : normalize_for_speech(text, content_.locale);
    std::string ssml = own_voice ? xml_escaped(text) : markup_.compose(text);
    Utterance u{display, std::move(spoken), std::move(ssml), own_voice ? voice : voice_};
    u.rate_wpm = prefs_.speech_settings.rate_wpm();
    u.volume = prefs_.speech_settings.volume_level();
    u.pitch = prefs_.speech_settings.pitch_level();
    return u;
}

}  // namespace kiosk
