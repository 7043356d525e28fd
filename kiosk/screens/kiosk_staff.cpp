#include "screens/kiosk.h"

// The Kiosk's staff code prompt: opened by a keypad sequence no resident uses by chance,
// digits entered unseen, the code handed to the shell to check.

#include <algorithm>
#include <array>

#include "screens/staff_code_screen.h"

namespace kiosk {
namespace {

// Help, Settings, Help, Settings, Help: keypad . / . / . (F1 F11 F1 F11 F1 on a
// keyboard). Each key still does what it does, so the sequence looks like any other use.
constexpr std::array<Command, 5> kStaffSequence = {Command::help, Command::settings, Command::help,
                                                   Command::settings, Command::help};
constexpr std::size_t kLongestCode = 16;

}  // namespace

bool Kiosk::completes_staff_sequence(Command command) {
    recent_commands_.push_back(command);
    if (recent_commands_.size() > kStaffSequence.size()) recent_commands_.pop_front();
    if (!staff_prompt_available_ || !std::equal(recent_commands_.begin(), recent_commands_.end(),
                                                kStaffSequence.begin(), kStaffSequence.end())) {
        return false;
    }
    recent_commands_.clear();
    return true;
}

Reaction Kiosk::open_staff_prompt() {
    staff_code_.clear();
    return open(build_staff_code_screen({content_, strings_}, 0));
}

// Digits add to the code, Enter hands it over, Back (or Home) leaves; anything else says
// again what to do. Taps go on as anywhere else: the footer's Back button works.
std::optional<Reaction> Kiosk::on_staff_prompt(const Input& input) {
    if (const auto* digit = std::get_if<Digit>(&input)) {
        if (staff_code_.size() < kLongestCode) staff_code_ += static_cast<char>('0' + std::clamp(digit->value, 0, 9));
        auto& entry = stack_.top();
        entry.screen = build_staff_code_screen({content_, strings_}, staff_code_.size());
        entry.focus = 1;  // the count of digits, which is what is said
        reveal_focus_ = true;
        const std::string& count = entry.screen.items[1].spoken;
        Reaction reaction = say(count, count);
        reaction.redraw = true;
        return with_earcon(std::move(reaction), Earcon::focus);
    }
    const auto* command = std::get_if<Command>(&input);
    if (command == nullptr) return std::nullopt;
    switch (*command) {
        case Command::activate: {
            if (stack_.top().focus >= stack_.top().screen.items.size()) return std::nullopt;  // a footer button
            if (staff_code_.empty()) return on_command(Command::back);
            Reaction reaction;
            reaction.staff_code = std::exchange(staff_code_, {});
            return reaction;
        }
        case Command::back:
        case Command::home:
        case Command::next:
        case Command::previous:
            staff_code_.clear();
            return std::nullopt;  // as anywhere: back, home, or along the prompt's items
        default: {
            const std::string& hint = strings_.get("staff_code_hint");
            return say(hint, hint);
        }
    }
}

Reaction Kiosk::refuse_staff_code(std::chrono::seconds wait, bool wrong) {
    staff_code_.clear();
    if (entering_staff_code()) stack_.pop();
    Reaction reaction = arrive();
    const std::string message =
        strings_.format(wrong ? "staff_code_wrong" : "staff_code_wait", {}, {{"seconds", static_cast<long>(wait.count())}});
    reaction.speech.insert(reaction.speech.begin(), {utterance(message, message), Interrupt::yes});
    if (reaction.speech.size() > 1) reaction.speech[1].interrupt = Interrupt::no;
    reaction.earcon = Earcon::error;
    return heard_if_speaking(std::move(reaction));
}

}  // namespace kiosk
