#include "screens/kiosk.h"

#include "core/speech/speech_normalizer.h"
#include "core/speech/speech_text.h"
#include "core/ui/screen_painter.h"

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
      languages_(std::move(languages)) {}

Reaction Kiosk::start() {
    stack_.reset(build_home_screen({content_, strings_}));
    return arrive();
}

Reaction Kiosk::handle(const Input& input) {
    return std::visit(Overloaded{[&](Command c) { return on_command(c); },
                                 [&](Tap t) { return on_tap(t); }},
                      input);
}

Reaction Kiosk::on_command(Command command) {
    switch (command) {
        case Command::next:
            if (stack_.focus_next() == ScreenStack::Move::at_edge) {
                return say(strings_.get("edge_bottom"), strings_.get("edge_bottom"));
            }
            return speak_focus();
        case Command::previous:
            if (stack_.focus_previous() == ScreenStack::Move::at_edge) {
                return say(strings_.get("edge_top"), strings_.get("edge_top"));
            }
            return speak_focus();
        case Command::activate:
            return activate();
        case Command::back:
            if (!stack_.pop()) return say(strings_.get("already_home"), strings_.get("already_home"));
            return arrive();
        case Command::home:
            if (stack_.depth() == 1 && stack_.top().focus == 0) {
                return say(strings_.get("already_home"), strings_.get("already_home"));
            }
            stack_.pop_to_root();
            return arrive();
        case Command::help:
            if (stack_.top().screen.kind == ScreenKind::help) return arrive();
            return open(build_help_screen({content_, strings_}, stack_.top().screen));
    }
    return {};
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
    return arrive();
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
    const bool own_voice = !voice.empty() && voice != strings_.get("voice");
    // A language's own name is not rewritten by the current language's number rules.
    std::string spoken = own_voice ? text : normalize_for_speech(text, content_.locale);
    return {display, std::move(spoken), own_voice ? voice : strings_.get("voice")};
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
    if (!sound_available_) paint_notice(strings_.get("notice_no_sound"), *layout_, theme_, measurer_, list);
    return list;
}

}  // namespace kiosk
