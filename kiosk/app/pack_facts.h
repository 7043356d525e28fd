#pragma once

#include "app/pack_preparation.h"
#include "screens/maintenance_facts.h"

namespace kiosk {

// The maintenance screen's facts about the pack shown: its id, version, source and
// review-by date, and for each language the voice it speaks with, the fonts it is drawn
// with, a sentence to test the voice, in that language's own words, and the braille
// instructions.
MaintenanceFacts pack_facts(const PreparedPack& prepared);

}  // namespace kiosk
