#pragma once

#include <string>

#include "app/options.h"
#include "app/pack_preparation.h"
#include "core/result.h"

namespace kiosk {

// Where the kiosk keeps its state: --state-dir, else default_state_directory().
std::string state_directory(const Options& options);

// How the kiosk prepares the packs the options name, the trust key read from its file;
// the same for the kiosk and for --check-config.
Result<PackSettings> pack_settings(const Options& options);

}  // namespace kiosk
