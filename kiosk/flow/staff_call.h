#pragma once

#include <chrono>
#include <optional>
#include <string>

#include "core/ui/screen.h"
#include "flow/app_io.h"

namespace kiosk {

// The call for staff over time, on the time it is given: a call is sent at most once per
// rate limit, and what the resident hears follows from where the call stands.
//   request()   the call-staff key or button: sent now, or already sent within the limit
//   answered()  the host's alert came back: received (the webhook answered 2xx) or failed
class StaffCall {
public:
    using TimePoint = Moment::Clock::time_point;

    enum class Decision { send, already_sent };
    enum class Answer { received, failed };

    explicit StaffCall(std::chrono::seconds rate_limit) : rate_limit_(rate_limit) {}

    Decision request(TimePoint now);
    // The answer to the call last sent; an answer with no call waiting changes nothing and
    // gives no message. A failed call does not count against the rate limit.
    std::optional<Answer> answered(bool ok);
    bool awaiting_answer() const { return awaiting_; }

    // The message of the UI bundle said and shown for each step.
    static const char* message_for(Decision decision);
    static const char* message_for(Answer answer);

private:
    std::chrono::seconds rate_limit_;
    std::optional<TimePoint> last_sent_;
    bool awaiting_ = false;
};

// A screen's name in alerts and logs ("home", "topic", ...).
const char* screen_kind_name(ScreenKind kind);

}  // namespace kiosk
