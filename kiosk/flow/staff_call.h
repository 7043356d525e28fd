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
//   acknowledged()  staff pressed their key at the kiosk: they have the call in hand
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
    // Staff acknowledged the call with their key: true when a call was open (sent and not
    // failed). It closes the call, so the resident may call again at once.
    bool acknowledged();

    // The message of the UI bundle said and shown for each step.
    static const char* message_for(Decision decision);
    static const char* message_for(Answer answer);
    static constexpr const char* kComingMessage = "staff_call_coming";

private:
    std::chrono::seconds rate_limit_;
    std::optional<TimePoint> last_sent_;
    bool awaiting_ = false;
    bool open_ = false;  // sent, not failed, not yet acknowledged
};

// A screen's name in alerts and logs ("home", "topic", ...).
const char* screen_kind_name(ScreenKind kind);

}  // namespace kiosk
