#include "flow/idle_policy.h"

namespace kiosk {

bool IdlePolicy::is_quiet_hour(int hour) const {
    if (quiet_from_hour == quiet_to_hour) return false;
    if (quiet_from_hour < quiet_to_hour) return hour >= quiet_from_hour && hour < quiet_to_hour;
    return hour >= quiet_from_hour || hour < quiet_to_hour;  // across midnight
}

}  // namespace kiosk
