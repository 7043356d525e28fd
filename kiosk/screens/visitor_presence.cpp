#include "screens/visitor_presence.h"

#include "core/speech/speech_text.h"

namespace kiosk {

VisitorPresence::VisitorPresence(const UiStrings& strings, const std::vector<LanguageChoice>& languages,
                                 const SpeechWording& wording)
    : strings_(strings), languages_(languages), wording_(wording) {}

Reaction VisitorPresence::warn_idle(int seconds_left) {
    const bool first = !idle_warning_;
    idle_warning_ = seconds_left;
    Reaction reaction;
    reaction.redraw = true;
    if (first) {
        const std::string warning = strings_.format("idle_warning", {}, {{"seconds", seconds_left}});
        const std::string text = join_spoken({strings_.get("idle_title"), warning}, strings_.get("sentence_separator"));
        reaction.speech.push_back({wording_.utterance(text, text), Interrupt::yes});
        reaction.earcon = Earcon::error;
    }
    return reaction;
}

bool VisitorPresence::dismiss_warning() {
    const bool shown = idle_warning_.has_value();
    idle_warning_.reset();
    return shown;
}

Reaction VisitorPresence::invite() const {
    Reaction reaction;
    reaction.always_heard = true;
    for (const LanguageChoice& language : languages_) {
        const Interrupt interrupt = reaction.speech.empty() ? Interrupt::yes : Interrupt::no;
        reaction.speech.push_back(
            {wording_.utterance(language.invitation, language.invitation, language.voice), interrupt});
    }
    if (languages_.empty()) {
        const std::string& invitation = strings_.get("attract_invitation");
        reaction.speech.push_back({wording_.utterance(invitation, invitation), Interrupt::yes});
    }
    return reaction;
}

}  // namespace kiosk
