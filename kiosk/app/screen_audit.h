#pragma once

#include "app/options.h"

namespace kiosk {

// --audit: runs the accessibility audit on every screen in the review scope and prints a
// table of findings (screen, item, rule, detail) and a summary. Exit status: 0 when
// nothing was found, 1 when something was (or the pack failed), 2 on a usage error.
int run_audit(const Options& options);

}  // namespace kiosk
