#pragma once

#include <string>

#include "core/content/pack.h"
#include "core/content/pack_error.h"

namespace kiosk {

// Builds every screen of every language of a loaded pack as the kiosk builds them (the
// screen catalog, with the kiosk's own words from `strings_dir`), and every screen an item
// on them opens. A screen the kiosk could not build or open is an error against the
// language's home.toml, so a pack that would fail on the kiosk fails `kiosk-pack check`
// first. Nothing when every screen builds.
PackErrors check_every_screen(const Pack& pack, const std::string& strings_dir);

}  // namespace kiosk
