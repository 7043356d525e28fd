#include "screens/staff_prompt.h"

#include <algorithm>
#include <array>
#include <utility>

#include "screens/staff_code_screen.h"

namespace kiosk {
namespace {

// Help, Settings, Help, Settings, Help: keypad . / . / . (F1 F11 F1 F11 F1 on a
// keyboard). Each key still does what it does, so the sequence looks like any other use.
constexpr std::array<Command, 5> kStaffSequence = {Command::help, Command::settings, Command::help, Command::settings,
                                                   Command::help};
constexpr std::size_t kLongestCode = 16;

}  // namespace

StaffPrompt::StaffPrompt(ScreenContext context, ScreenStack& stack, const SpeechWording& wording, ScreenView& view,
                         Navigation& navigation)
    : context_(context), stack_(stack), wording_(wording), view_(view), navigation_(navigation) {}

bool StaffPrompt::completes_sequence(Command command) {
    recent_commands_.push_back(command);
    if (recent_commands_.size() > kStaffSequence.size()) recent_commands_.pop_front();
    if (!available_ ||
        !std::equal(recent_commands_.begin(), recent_commands_.end(), kStaffSequence.begin(), kStaffSequence.end())) {
        return false;
    }
    recent_commands_.clear();
    return true;
}

Reaction StaffPrompt::open() {
    code_.clear();
    return navigation_.open(build_staff_code_screen(context_, 0));
}

Reaction StaffPrompt::add_digit(int value) {
    if (code_.size() < kLongestCode) code_ += static_cast<char>('0' + std::clamp(value, 0, 9));
    auto& entry = stack_.top();
    entry.screen = build_staff_code_screen(context_, code_.size());
    entry.focus = 1;  // the count of digits, which is what is said
    view_.reveal_focus();
    return with_earcon(redrawn(wording_.say(entry.screen.items[1].spoken)), Earcon::focus);
}

// Digits add to the code, Enter hands it over, Back (or Home) leaves; anything else says
// again what to do. Taps go on as anywhere else: the footer's Back button works.
std::optional<Reaction> StaffPrompt::on_input(const Input& input) {
    if (const auto* digit = std::get_if<Digit>(&input)) return add_digit(digit->value);
    const auto* command = std::get_if<Command>(&input);
    if (command == nullptr) return std::nullopt;
    switch (*command) {
        case Command::activate: {
            if (stack_.top().focus >= stack_.top().screen.items.size()) return std::nullopt;  // a footer button
            if (code_.empty()) return navigation_.back();
            Reaction reaction;
            reaction.staff_code = std::exchange(code_, {});
            return reaction;
        }
        case Command::back:
        case Command::home:
        case Command::next:
        case Command::previous:
            code_.clear();
            return std::nullopt;  // as anywhere: back, home, or along the prompt's items
        default:
            return wording_.say_message("staff_code_hint");
    }
}

Reaction StaffPrompt::refuse(std::chrono::seconds wait, bool wrong) {
    code_.clear();
    if (showing()) stack_.pop();
    Reaction reaction = navigation_.arrive();
    const std::string message = context_.strings.format(wrong ? "staff_code_wrong" : "staff_code_wait", {},
                                                        {{"seconds", static_cast<long>(wait.count())}});
    reaction.speech.insert(reaction.speech.begin(), {wording_.utterance(message, message), Interrupt::yes});
    if (reaction.speech.size() > 1) reaction.speech[1].interrupt = Interrupt::no;
    reaction.earcon = Earcon::error;
    return reaction;
}

}  // namespace kiosk
