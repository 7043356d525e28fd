#include "flow/staff_call.h"

namespace kiosk {

StaffCall::Decision StaffCall::request(TimePoint now) {
    if (last_sent_ && now - *last_sent_ < rate_limit_) return Decision::already_sent;
    last_sent_ = now;
    awaiting_ = true;
    open_ = true;
    return Decision::send;
}

std::optional<StaffCall::Answer> StaffCall::answered(bool ok) {
    if (!awaiting_) return std::nullopt;
    awaiting_ = false;
    if (!ok) {  // nobody was told: the resident may try again at once
        last_sent_.reset();
        open_ = false;
    }
    return ok ? Answer::received : Answer::failed;
}

bool StaffCall::acknowledged() {
    if (!open_) return false;
    open_ = false;
    awaiting_ = false;  // the webhook's answer, if it still comes, has nothing left to say
    last_sent_.reset();
    return true;
}

const char* StaffCall::message_for(Decision decision) {
    return decision == Decision::send ? "staff_call_sent" : "staff_call_already";
}

const char* StaffCall::message_for(Answer answer) {
    return answer == Answer::received ? "staff_call_received" : "staff_call_failed";
}

const char* screen_kind_name(ScreenKind kind) {
    switch (kind) {
        case ScreenKind::home:
            return "home";
        case ScreenKind::category:
            return "category";
        case ScreenKind::topic:
            return "topic";
        case ScreenKind::help:
            return "help";
        case ScreenKind::languages:
            return "languages";
        case ScreenKind::settings:
            return "settings";
        case ScreenKind::attract:
            return "attract";
        case ScreenKind::staff_code:
            return "staff_code";
        case ScreenKind::maintenance:
            return "maintenance";
    }
    return "unknown";
}

}  // namespace kiosk
