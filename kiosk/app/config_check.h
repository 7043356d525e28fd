#pragma once

#include "app/options.h"

namespace kiosk {

// kiosk --check-config: checks, without starting, what the kiosk would use (the trust key,
// the staff code hash, the pack as the kiosk prepares it, the input script, the folders it
// writes in), prints each problem on stderr and the effective settings on stdout. The
// options themselves were checked as they were read. 0 when all is good, 1 otherwise.
int check_config(const ParsedOptions& parsed);

}  // namespace kiosk
