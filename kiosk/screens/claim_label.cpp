#include "screens/claim_label.h"

namespace kiosk {
namespace {

const char* kind_key(const Claim& claim) {
    switch (claim.kind) {
        case ClaimKind::target:
            if (claim.flag == ClaimFlag::binding) return "claim_target_binding";
            if (claim.flag == ClaimFlag::expected) return "claim_target_expected";
            return "claim_target";
        case ClaimKind::rule:
            return "claim_rule";
        case ClaimKind::result:
            return "claim_result";
    }
    return "claim_target";
}

}  // namespace

std::string claim_label(const UiStrings& strings, const Claim& claim) {
    return strings.format("claim_label", {{"kind", strings.get(kind_key(claim))}, {"ref", claim.ref}});
}

}  // namespace kiosk
