#pragma once

#include <vector>

#include "screens/maintenance_facts.h"
#include "screens/screen_parts.h"

namespace kiosk {

// The staff maintenance screen, opened by the staff code: the tests of speech and sound
// first, then each fact about the pack and the machine as an item of its own, so a blind
// technician hears them one at a time, and last the way out of the kiosk. With
// `exit_armed` the exit item asks for a second press.
Screen build_maintenance_screen(const ScreenContext& context, const MaintenanceFacts& facts, bool exit_armed);

// The index of the exit item on that screen.
std::size_t maintenance_exit_index(const Screen& screen);

// Facts for reviews of the screen (pictures, the audit): the pack's source as the pack
// names it, the languages given, and long but plausible values for the rest, so every
// item is reviewed at its widest.
MaintenanceFacts sample_maintenance_facts(const ScreenContext& context, const std::vector<LanguageChoice>& languages);

}  // namespace kiosk
