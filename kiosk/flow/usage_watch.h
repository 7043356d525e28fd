#pragma once

#include <optional>
#include <vector>

#include "flow/app_io.h"
#include "flow/usage_event.h"
#include "screens/kiosk.h"

namespace kiosk {

// How a session came to an end, other than the kiosk stopping.
enum class SessionEnding { idle_reset, pack_update, staff_exit };

// Turns what the Kiosk does into anonymous usage events: a session beginning with the
// first input on a kiosk at rest, the topics and categories opened, the resident's
// settings as they change, say-all, touch or keypad, and how the session ended. It reads
// only the Kiosk's state and the kinds of input, never a key's meaning as text, so a
// staff code's digits are never seen.
class UsageWatch {
public:
    // Before an input reaches the Kiosk.
    void before_input(const Kiosk& kiosk);
    // After the input and its reaction (which may have replaced the Kiosk: a language).
    void after_input(const Kiosk& kiosk, const Input& input, const Reaction& reaction, Moment now,
                     std::vector<UsageEvent>& out);
    // Told in after_input, once the session it begins is counted.
    void language_chosen(const std::string& locale) { language_ = locale; }
    // The session in progress, if any, ends.
    void end_session(SessionEnding ending, std::vector<UsageEvent>& out);
    // The Kiosk was replaced by nobody's choice (a reset, a new pack): its settings are
    // where the next session starts from, not changes anyone made.
    void settle(const Kiosk& kiosk) { settings_ = kiosk.preferences(); }

    bool in_session() const { return began_.has_value(); }

private:
    void note_settings(const Preferences& now, std::vector<UsageEvent>& out);
    void note_view(const Kiosk& kiosk, std::vector<UsageEvent>& out) const;

    // Before the input: the Kiosk it went to, and where it stood.
    const Kiosk* kiosk_ = nullptr;
    bool was_at_rest_ = false;
    std::size_t depth_ = 0;
    std::uint64_t screen_version_ = 0;

    Preferences settings_;
    std::optional<Moment::Clock::time_point> began_;
    Moment::Clock::time_point last_input_;
    bool used_touch_ = false;
    bool used_keypad_ = false;
    std::optional<std::string> language_;
};

}  // namespace kiosk
