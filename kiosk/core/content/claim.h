#pragma once

#include <optional>
#include <string>

namespace kiosk {

// What kind of statement a paragraph or list item of a topic makes, so a resident can tell
// "the district aims to…" from "you can get…". Written as a marker at the start of the text:
//   {target REF}, {target REF; binding}, {target REF; expected}, {rule REF}, {result REF}
enum class ClaimKind {
    target,  // a goal of the plan, REF = the plan section
    rule,    // a rule in force, REF = its document or the plan section that applies it
    result,  // a past result, REF = the plan section that reports it
};

// The plan's own word for how firmly a target binds: 约束性 (binding) or 预期性 (expected).
enum class ClaimFlag { none, binding, expected };

struct Claim {
    ClaimKind kind = ClaimKind::target;
    std::string ref;  // as written for the language, e.g. "专栏1 第4项" or "Box 1, item 4"
    ClaimFlag flag = ClaimFlag::none;

    bool operator==(const Claim&) const = default;
};

// The outcome of reading a marker off the front of a text.
struct ClaimMarkerRead {
    std::optional<Claim> claim;  // present when the text starts with a valid marker
    std::string error;           // non-empty when it starts with '{' but the marker is wrong
    std::string rest;            // the text after the marker and its space (the whole text if none)
};

// The marker as written: "{target 专栏1 第4项; binding}".
std::string claim_marker(const Claim& claim);

// Reads a claim marker at the very start of `text`. Text that does not start with '{' has no
// marker; one that does must be a whole, valid marker.
ClaimMarkerRead read_claim_marker(const std::string& text);

}  // namespace kiosk
