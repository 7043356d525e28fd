#pragma once

#include <optional>
#include <vector>

#include "screens/reaction.h"
#include "screens/screen_parts.h"
#include "screens/speech_wording.h"

namespace kiosk {

// Whether someone is using the kiosk: at rest (started afresh, nobody has touched it
// since), warned that it will start afresh for want of input, or in use; and the spoken
// invitation for whoever comes next.
class VisitorPresence {
public:
    VisitorPresence(const UiStrings& strings, const std::vector<LanguageChoice>& languages,
                    const SpeechWording& wording);

    bool at_rest() const { return at_rest_; }
    void rest() { at_rest_ = true; }
    void arrived() { at_rest_ = false; }

    // The seconds the idle warning shows, while it is shown.
    std::optional<int> idle_warning() const { return idle_warning_; }
    // Shows (and on its first call says) that the kiosk will start afresh in `seconds_left`.
    Reaction warn_idle(int seconds_left);
    // Input came: the warning goes. True if there was one.
    bool dismiss_warning();

    // The invitation, in every language, whatever the speech setting.
    Reaction invite() const;

private:
    const UiStrings& strings_;
    const std::vector<LanguageChoice>& languages_;
    const SpeechWording& wording_;
    bool at_rest_ = false;
    std::optional<int> idle_warning_;
};

}  // namespace kiosk
