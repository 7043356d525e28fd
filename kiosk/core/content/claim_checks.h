#pragma once

#include "core/content/pack.h"
#include "core/content/pack_error.h"

namespace kiosk {

// In a benefit topic every paragraph and list item of the first two sections (who can get
// it, what they get) must say what kind of claim it is. The third section, how to apply,
// is guidance and needs no marker.
void check_claims_marked(const Topic& topic, const SectionHeadings& sections, PackErrors& problems);

}  // namespace kiosk
