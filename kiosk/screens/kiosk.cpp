#include "screens/kiosk.h"

#include <utility>

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
      languages_(std::move(languages)),
      prefs_(std::move(preferences)),
      wording_(pack, content_.locale, strings_, prefs_.speech_settings),
      settings_(prefs_, {content_, strings_}, languages_, stack_, wording_),
      view_(stack_, prefs_, strings_, measurer, content_.locale),
      navigation_({content_, strings_}, languages_, stack_, wording_, view_),
      reader_(stack_, wording_, view_, strings_, measurer),
      touch_(stack_, view_, prefs_),
      staff_({content_, strings_}, stack_, wording_, view_, navigation_),
      maintenance_({content_, strings_}, stack_, wording_, navigation_),
      presence_(strings_, languages_, wording_) {}

Reaction Kiosk::settled(Reaction reaction) {
    view_.settle();
    return reaction;
}

Reaction Kiosk::start() {
    reader_.stop();  // speaking of its own accord, the kiosk stops reading
    navigation_.reset_to_home();
    touch_.forget_selection();
    return settled(heard_if_speaking(navigation_.arrive()));
}

Reaction Kiosk::start_fresh() {
    reader_.stop();
    navigation_.reset_to_home();
    presence_.rest();
    return settled(redrawn());
}

Reaction Kiosk::show_attract() {
    reader_.stop();
    navigation_.reset_to_attract();
    presence_.rest();
    presence_.dismiss_warning();
    touch_.forget_finger();
    touch_.forget_selection();
    return settled(redrawn());
}

Reaction Kiosk::invite() {
    reader_.stop();
    return presence_.invite();
}

Reaction Kiosk::warn_idle(int seconds_left) {
    reader_.stop();
    maintenance_.disarm();  // the exit's first press does not outlast a walk away
    return heard_if_speaking(presence_.warn_idle(seconds_left));
}

Reaction Kiosk::handle(const Input& input) {
    reader_.stop();  // any input ends say-all
    reader_.clear_underline();
    Reaction reaction = dispatch(input);
    if (maintenance_.disarm_unless_confirming(input)) reaction.redraw = true;
    const bool is_repeat = std::holds_alternative<Command>(input) && std::get<Command>(input) == Command::repeat;
    if (!reaction.speech.empty() && !is_repeat) last_speech_ = reaction.speech;
    return settled(heard_if_speaking(std::move(reaction)));
}

Reaction Kiosk::dispatch(const Input& input) {
    const auto* command = std::get_if<Command>(&input);
    const auto* pointer = std::get_if<Pointer>(&input);
    if (presence_.dismiss_warning()) {
        // Any input means someone is there: the warning goes, nothing else happens. A
        // finger still on the glass after the warning's tap must not turn into a drag.
        touch_.forget_finger();
        if (pointer != nullptr && pointer->phase != PointerPhase::down) return {};
        return redrawn(wording_.say_message("idle_extended"));
    }
    if (presence_.at_rest() && command != nullptr) return wake_by_key();
    if (staff_.showing()) {
        if (auto reaction = staff_.on_input(input)) return *reaction;
    }
    if (command != nullptr && staff_.completes_sequence(*command)) {
        touch_.forget_selection();
        return staff_.open();
    }
    const bool touch_ends = pointer == nullptr || pointer->phase == PointerPhase::up;
    if (presence_.at_rest() && touch_ends && !showing_attract()) presence_.arrived();
    if (pointer == nullptr) view_.reveal_focus();
    return std::visit(Overloaded{[&](Command c) { return on_command(c); },
                                 [&](Pointer p) { return on_gesture(touch_.on_pointer(p)); },
                                 [&](Tap t) { return on_gesture(touch_.tap(t.x, t.y)); },
                                 [&](Digit) { return Reaction{}; }},  // digits mean something only on the prompt
                      input);
}

// EZ Access: on a kiosk nobody is using, the first key press is how a blind resident
// says "I am here". It turns speech on and says how to use the keys; the key itself does
// nothing else, so no one lands somewhere they did not choose.
Reaction Kiosk::wake_by_key() {
    presence_.arrived();
    settings_.turn_speech_on();
    if (showing_attract()) navigation_.reset_to_home();
    touch_.forget_selection();
    Reaction reaction = navigation_.arrive();
    const std::string& intro = strings_.get("speech_started");
    reaction.speech.front().interrupt = Interrupt::no;
    reaction.speech.insert(reaction.speech.begin(), {wording_.utterance(intro, intro), Interrupt::yes});
    reaction.earcon = Earcon::activate;
    return reaction;
}

Reaction Kiosk::heard_if_speaking(Reaction reaction) const {
    if (!prefs_.speech && !reaction.always_heard) {
        if (!reaction.speech.empty()) reaction.unheard = reaction.speech.front().utterance.display;
        reaction.speech.clear();
        reaction.earcon.reset();
    }
    return reaction;
}

Reaction Kiosk::on_command(Command command) {
    touch_.forget_selection();  // keys take over from touch: the next tap selects afresh
    switch (command) {
        case Command::next:
            if (auto more = reader_.read_on_tall_item()) return *more;
            return navigation_.next();
        case Command::previous:
            return navigation_.previous();
        case Command::activate:
            return activate();
        case Command::back:
            return navigation_.back();
        case Command::home:
            return navigation_.home();
        case Command::help:
            return navigation_.help();
        case Command::settings:
            return open_settings();
        case Command::call_staff:
            return call_staff();
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
    if (auto changed = settings_.on_speech_key(command)) return *changed;
    switch (command) {
        case Command::say_all:
            return reader_.say_all();
        case Command::spell:
            return reader_.spell_focused();
        case Command::repeat:
            return repeat();
        case Command::pause: {
            Reaction reaction;
            reaction.toggle_pause = true;
            return reaction;
        }
        default:
            return {};
    }
}

Reaction Kiosk::repeat() const {
    if (last_speech_.empty()) return with_earcon(wording_.say_message("nothing_to_repeat"), Earcon::error);
    Reaction reaction;
    reaction.speech = last_speech_;
    return reaction;
}

Reaction Kiosk::on_gesture(Gesture gesture) {
    switch (gesture) {
        case Gesture::nothing:
            return {};
        case Gesture::redraw:
            return redrawn();
        case Gesture::speak_focus:
            return with_earcon(navigation_.speak_focus(), Earcon::focus);
        case Gesture::activate:
            return activate();
        case Gesture::begin:
            return begin({});
    }
    return {};
}

// Left and Right change the focused setting; anywhere else they move like Up and Down,
// so a resident who tries them is never met with silence.
Reaction Kiosk::move_or_adjust(Command command) {
    const int delta = command == Command::increase ? +1 : -1;
    if (const auto* adjust = std::get_if<AdjustSetting>(&stack_.focused_item().action)) {
        return settings_.adjust(adjust->setting, delta, Wrap::no);
    }
    return on_command(delta > 0 ? Command::next : Command::previous);
}

// The items that change a setting, the language or the kiosk's state are carried out
// here; every other item leads somewhere, which is Navigation's.
Reaction Kiosk::activate() {
    const Action& action = stack_.focused_item().action;
    if (const auto* adjust = std::get_if<AdjustSetting>(&action)) {
        return settings_.adjust(adjust->setting, +1, Wrap::yes);
    }
    if (std::holds_alternative<ShowSettings>(action)) return open_settings();
    if (std::holds_alternative<CallStaff>(action)) return call_staff();
    if (const auto* choice = std::get_if<ChooseLanguage>(&action)) {
        Reaction reaction;
        reaction.switch_locale = choice->locale;
        return reaction;
    }
    if (const auto* begin_action = std::get_if<Begin>(&action)) return begin(begin_action->locale);
    if (const auto* run = std::get_if<RunStaffTask>(&action)) return maintenance_.run(run->task);
    return navigation_.follow_focused();
}

// Leaves the attract screen: in another language the shell builds a new Kiosk for it.
Reaction Kiosk::begin(const std::string& locale) {
    presence_.arrived();
    if (!locale.empty() && locale != content_.locale) {
        Reaction reaction;
        reaction.switch_locale = locale;
        return reaction;
    }
    navigation_.reset_to_home();
    touch_.forget_selection();
    return with_earcon(navigation_.arrive(), Earcon::activate);
}

Reaction Kiosk::open_settings() {
    if (stack_.top().screen.kind == ScreenKind::settings) return navigation_.arrive();
    return navigation_.open(settings_.screen());
}

void Kiosk::set_viewport(Size viewport) { view_.set_viewport(viewport); }

DisplayList Kiosk::frame(Size viewport) {
    const std::optional<Size> known = view_.viewport();
    if (!known || known->w != viewport.w || known->h != viewport.h) view_.set_viewport(viewport);
    const Theme& theme = settings_.theme();
    if (prefs_.privacy) return view_.paint_privacy(theme);
    if (const auto seconds_left = presence_.idle_warning()) return view_.paint_idle_warning(theme, *seconds_left);
    DisplayList list = view_.paint_page(theme);
    reader_.underline(list, *view_.layout(), theme);
    return list;
}

bool Kiosk::set_sound_available(bool available) {
    const bool changed = view_.set_sound_available(available);
    view_.settle();
    return changed;
}

bool Kiosk::follow_reading(const Utterance& heard) {
    const bool changed = reader_.follow(heard);
    view_.settle();
    return changed;
}

Reaction Kiosk::continue_reading() { return heard_if_speaking(reader_.next(Interrupt::no)); }

Reaction Kiosk::refuse_staff_code(std::chrono::seconds wait, bool wrong) {
    touch_.forget_selection();
    return settled(heard_if_speaking(staff_.refuse(wait, wrong)));
}

Reaction Kiosk::call_staff() {
    Reaction reaction;
    reaction.call_staff = true;
    return reaction;
}

Reaction Kiosk::tell_staff_call(const std::string& message_key, std::optional<Earcon> earcon) {
    const std::string& message = strings_.get(message_key);
    view_.set_staff_notice(message);
    Reaction reaction = redrawn(wording_.say_message(message_key));
    reaction.earcon = earcon;
    reaction.always_heard = true;  // a resident who asked for help hears the answer
    return settled(reaction);
}

Reaction Kiosk::headset_plugged(const std::string& message_key) {
    presence_.dismiss_warning();
    Reaction reaction = presence_.at_rest() ? wake_by_key() : Reaction{};
    settings_.turn_speech_on();
    if (!reaction.speech.empty()) reaction.speech.front().interrupt = Interrupt::no;
    const std::string& message = strings_.get(message_key);
    reaction.speech.insert(reaction.speech.begin(), {wording_.utterance(message, message), Interrupt::yes});
    return settled(redrawn(std::move(reaction)));
}

Reaction Kiosk::headset_unplugged(const std::string& message_key, bool end_privacy) {
    presence_.dismiss_warning();
    if (end_privacy) settings_.end_privacy();
    Reaction reaction = redrawn(wording_.say_message(message_key));
    reaction.always_heard = true;  // whoever pulled the plug hears where speech went
    return settled(reaction);
}

Reaction Kiosk::open_maintenance(MaintenanceFacts facts) {
    touch_.forget_selection();
    return settled(heard_if_speaking(maintenance_.open(std::move(facts))));
}

}  // namespace kiosk
