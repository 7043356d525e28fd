#include "flow/usage_watch.h"

#include <algorithm>

namespace kiosk {
namespace {

using Kind = UsageEvent::Kind;

const char* on_off(bool on) { return on ? "on" : "off"; }

bool is_touch(const Input& input) {
    return std::holds_alternative<Pointer>(input) || std::holds_alternative<Tap>(input);
}

// Say-all's utterances carry the item they read; nothing else's do.
bool starts_reading(const Reaction& reaction) {
    return std::any_of(reaction.speech.begin(), reaction.speech.end(),
                       [](const SpeechRequest& request) { return request.utterance.item >= 0; });
}

}  // namespace

void UsageWatch::before_input(const Kiosk& kiosk) {
    kiosk_ = &kiosk;
    was_at_rest_ = kiosk.at_rest();
    depth_ = kiosk.stack().depth();
    screen_version_ = kiosk.stack().screen_version();
}

void UsageWatch::after_input(const Kiosk& kiosk, const Input& input, const Reaction& reaction, Moment now,
                             std::vector<UsageEvent>& out) {
    const bool touch = is_touch(input);
    if (!began_ && was_at_rest_ && !kiosk.at_rest()) {
        began_ = now.now;
        used_touch_ = used_keypad_ = false;
        out.push_back({Kind::session_began, touch ? "touch" : "keypad", 0});
    }
    if (language_) out.push_back({Kind::language, *language_, 0});
    language_.reset();
    if (!began_) return;  // the kiosk at rest: nobody to count
    last_input_ = now.now;
    bool& used = touch ? used_touch_ : used_keypad_;
    if (!used) out.push_back({Kind::input_method, touch ? "touch" : "keypad", 0});
    used = true;
    if (&kiosk == kiosk_) note_view(kiosk, out);
    if (starts_reading(reaction)) out.push_back({Kind::say_all, "", 0});
    note_settings(kiosk.preferences(), out);
}

// A topic or category is viewed when it is opened from the screen before it, not when
// the resident comes back to it.
void UsageWatch::note_view(const Kiosk& kiosk, std::vector<UsageEvent>& out) const {
    const ScreenStack& stack = kiosk.stack();
    if (stack.screen_version() == screen_version_ || stack.depth() <= depth_ || stack.depth() < 2) return;
    // The item that opened it is the one focused on the screen below.
    const ScreenStack::Entry& below = stack.entry(stack.depth() - 2);
    const Action& action = below.screen.focusable(below.focus).action;
    const ScreenKind opened = stack.top().screen.kind;
    if (const auto* topic = std::get_if<OpenTopic>(&action); topic && opened == ScreenKind::topic) {
        out.push_back({Kind::topic_viewed, topic->id, 0});
    }
    if (const auto* category = std::get_if<OpenCategory>(&action); category && opened == ScreenKind::category) {
        out.push_back({Kind::category_viewed, category->id, 0});
    }
}

void UsageWatch::note_settings(const Preferences& now, std::vector<UsageEvent>& out) {
    if (now.speech != settings_.speech) out.push_back({Kind::speech, on_off(now.speech), 0});
    if (now.text_size != settings_.text_size) out.push_back({Kind::text_size, std::to_string(now.text_size), 0});
    if (now.theme != settings_.theme) out.push_back({Kind::theme, now.theme, 0});
    if (now.privacy != settings_.privacy) out.push_back({Kind::privacy, on_off(now.privacy), 0});
    settings_ = now;
}

void UsageWatch::end_session(SessionEnding ending, std::vector<UsageEvent>& out) {
    if (!began_) return;
    static constexpr const char* kEndings[] = {"idle_reset", "pack_update", "staff_exit"};
    const auto length = std::chrono::duration_cast<std::chrono::seconds>(last_input_ - *began_);
    out.push_back({Kind::session_ended, kEndings[static_cast<int>(ending)], length.count()});
    began_.reset();
}

}  // namespace kiosk
