#include "screens/navigation.h"

#include <utility>

#include "core/speech/speech_text.h"
#include "screens/attract_screen.h"
#include "screens/category_screen.h"
#include "screens/help_screen.h"
#include "screens/home_screen.h"
#include "screens/language_screen.h"
#include "screens/topic_screen.h"

namespace kiosk {

Navigation::Navigation(ScreenContext context, const std::vector<LanguageChoice>& languages, ScreenStack& stack,
                       const SpeechWording& wording, ScreenView& view)
    : context_(context), languages_(languages), stack_(stack), wording_(wording), view_(view) {}

void Navigation::reset_to_home() { stack_.reset(build_home_screen(context_)); }

void Navigation::reset_to_attract() { stack_.reset(build_attract_screen(context_, languages_)); }

Reaction Navigation::next() {
    if (stack_.focus_next() == ScreenStack::Move::at_edge) {
        return with_earcon(wording_.say_message("edge_bottom"), Earcon::edge);
    }
    return with_earcon(speak_focus(), Earcon::focus);
}

Reaction Navigation::previous() {
    if (stack_.focus_previous() == ScreenStack::Move::at_edge) {
        return with_earcon(wording_.say_message("edge_top"), Earcon::edge);
    }
    return with_earcon(speak_focus(), Earcon::focus);
}

Reaction Navigation::back() {
    if (!stack_.pop()) return with_earcon(wording_.say_message("already_home"), Earcon::edge);
    return with_earcon(arrive(), Earcon::back);
}

Reaction Navigation::home() {
    if (stack_.depth() == 1 && stack_.top().focus == 0) {
        return with_earcon(wording_.say_message("already_home"), Earcon::edge);
    }
    stack_.pop_to_root();
    return with_earcon(arrive(), Earcon::back);
}

Reaction Navigation::help() {
    if (stack_.top().screen.kind == ScreenKind::help) return arrive();
    return open(build_help_screen(context_, stack_.top().screen));
}

Reaction Navigation::follow_focused() {
    const Action& action = stack_.focused_item().action;
    if (const auto* category = std::get_if<OpenCategory>(&action)) {
        return open(build_category_screen(context_, category->id));
    }
    if (const auto* topic = std::get_if<OpenTopic>(&action)) return open(build_topic_screen(context_, topic->id));
    if (std::holds_alternative<GoBack>(action)) return back();
    if (std::holds_alternative<GoHome>(action)) return home();
    if (std::holds_alternative<ShowHelp>(action)) return help();
    if (std::holds_alternative<ShowLanguages>(action)) {
        return open(build_language_screen(context_, languages_, context_.content.locale));
    }
    return speak_focus();
}

Reaction Navigation::open(Screen screen) {
    stack_.push(std::move(screen));
    return with_earcon(arrive(), Earcon::activate);
}

Reaction Navigation::arrive() {
    const auto& entry = stack_.top();
    const Item& focused = stack_.focused_item();
    const std::string& separator = context_.strings.get("sentence_separator");
    std::string text = entry.screen.entry_speech;
    std::string display = entry.screen.title;
    view_.reveal_focus();
    if (!entry.screen.entry_reads_all) {
        text = join_spoken({text, wording_.spoken_with_position(entry.screen, entry.focus)}, separator);
        display = join_spoken({display, focused.label}, separator);
    }
    Reaction reaction;
    reaction.redraw = true;
    reaction.speech.push_back({wording_.utterance(display, text), Interrupt::yes});
    if (!entry.screen.entry_reads_all && !focused.voice.empty()) {
        // An item with a voice of its own follows the announcement, still in one breath.
        reaction.speech.back().utterance = wording_.utterance(display, entry.screen.entry_speech);
        reaction.speech.push_back({wording_.utterance(focused.label, focused.spoken, focused.voice), Interrupt::no});
        const std::string position = wording_.position_of(entry.screen, entry.focus);
        if (!position.empty()) reaction.speech.push_back({wording_.utterance(position, position), Interrupt::no});
    }
    return reaction;
}

Reaction Navigation::speak_focus() {
    const auto& entry = stack_.top();
    const Item& item = stack_.focused_item();
    Reaction reaction;
    reaction.redraw = true;
    if (item.voice.empty()) {
        const std::string spoken = wording_.spoken_with_position(entry.screen, entry.focus);
        reaction.speech.push_back({wording_.utterance(item.label, spoken), Interrupt::yes});
        return reaction;
    }
    // A language's name in its own voice, then its place in the screen's voice.
    reaction.speech.push_back({wording_.utterance(item.label, item.spoken, item.voice), Interrupt::yes});
    const std::string position = wording_.position_of(entry.screen, entry.focus);
    if (!position.empty()) reaction.speech.push_back({wording_.utterance(position, position), Interrupt::no});
    return reaction;
}

}  // namespace kiosk
