#include "screens/maintenance_menu.h"

#include <algorithm>
#include <utility>

#include "core/speech/speech_settings.h"
#include "screens/maintenance_screen.h"

namespace kiosk {

MaintenanceMenu::MaintenanceMenu(ScreenContext context, ScreenStack& stack, const SpeechWording& wording,
                                 Navigation& navigation)
    : context_(context), stack_(stack), wording_(wording), navigation_(navigation) {}

// The prompt gives way to the screen, so Back leads to where staff were before the code.
Reaction MaintenanceMenu::open(MaintenanceFacts facts) {
    facts_ = std::move(facts);
    exit_armed_ = false;
    if (stack_.top().screen.kind == ScreenKind::staff_code) stack_.pop();
    return navigation_.open(build_maintenance_screen(context_, facts_, false));
}

Reaction MaintenanceMenu::run(StaffTask task) {
    switch (task) {
        case StaffTask::test_speech:
            return test_speech();
        case StaffTask::test_sound:
            return test_sound();
        case StaffTask::exit_kiosk:
            return exit();
    }
    return {};
}

// A sentence in each language's own voice, the language in use first, so staff hear
// every voice the kiosk speaks with. Heard whatever the speech setting, and at the loudest
// volume step, whatever the volume setting: it is a test, also of the hall's loudness.
Reaction MaintenanceMenu::test_speech() const {
    std::vector<const LanguageFacts*> order;
    for (const LanguageFacts& language : facts_.languages) order.push_back(&language);
    std::stable_partition(order.begin(), order.end(),
                          [&](const LanguageFacts* language) { return language->locale == context_.content.locale; });
    Reaction reaction;
    reaction.always_heard = true;
    for (const LanguageFacts* language : order) {
        const Interrupt interrupt = reaction.speech.empty() ? Interrupt::yes : Interrupt::no;
        reaction.speech.push_back(
            {wording_.utterance(language->test_sentence, language->test_sentence, language->voice), interrupt});
    }
    if (reaction.speech.empty()) {
        const std::string& sentence = context_.strings.get("maintenance_test_sentence");
        reaction.speech.push_back({wording_.utterance(sentence, sentence), Interrupt::yes});
    }
    for (SpeechRequest& request : reaction.speech) request.utterance.volume = SpeechSettings::kVolumes.back();
    return reaction;
}

// An earcon goes the way every earcon goes, mixed into the same sound device as speech,
// then words that say it was the test.
Reaction MaintenanceMenu::test_sound() const {
    Reaction reaction = wording_.say_message("maintenance_sound_played");
    reaction.earcon = Earcon::activate;
    reaction.always_heard = true;
    return reaction;
}

Reaction MaintenanceMenu::exit() {
    if (exit_armed_) {
        Reaction reaction;
        reaction.exit_kiosk = true;
        return reaction;
    }
    exit_armed_ = true;
    stack_.replace_top(build_maintenance_screen(context_, facts_, true));
    return with_earcon(redrawn(wording_.say_message("maintenance_exit_armed")), Earcon::edge);
}

bool MaintenanceMenu::disarm_unless_confirming(const Input& input) {
    if (!exit_armed_) return false;
    const auto* command = std::get_if<Command>(&input);
    const bool another_key = command != nullptr && *command != Command::activate;
    const bool moved_away = !showing() || stack_.top().focus != maintenance_exit_index(stack_.top().screen);
    return (another_key || moved_away) && disarm();
}

bool MaintenanceMenu::disarm() {
    if (!exit_armed_) return false;
    exit_armed_ = false;
    if (showing()) stack_.replace_top(build_maintenance_screen(context_, facts_, false));
    return true;
}

}  // namespace kiosk
