#pragma once

#include <string>

namespace kiosk {

// This kiosk's name in a staged rollout when --kiosk-id does not give one: the machine's
// id as systemd keeps it (/etc/machine-id), hashed for this program alone
// (sd_id128_get_machine_app_specific: the machine id itself, which systemd asks programs
// not to show, never leaves the machine); else the host name; else "kiosk". The same
// machine gets the same name at every start, so its rollout bucket does not move.
std::string default_kiosk_id();

}  // namespace kiosk
