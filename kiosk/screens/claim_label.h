#pragma once

#include <string>

#include "core/content/claim.h"
#include "core/strings/ui_strings.h"

namespace kiosk {

// The visible, spoken name of a claim's kind with its reference, in the kiosk's language:
// "规划目标（约束性）·专栏1 第4项", "Rule in force · 国发〔2015〕52号".
std::string claim_label(const UiStrings& strings, const Claim& claim);

}  // namespace kiosk
