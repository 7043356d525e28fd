#include "core/content/claim.h"

#include <string_view>

namespace kiosk {
namespace {

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    return s;
}

std::optional<ClaimKind> kind_named(std::string_view word) {
    if (word == "target") return ClaimKind::target;
    if (word == "rule") return ClaimKind::rule;
    if (word == "result") return ClaimKind::result;
    return std::nullopt;
}

ClaimMarkerRead failed(const std::string& text, std::string error) { return {std::nullopt, std::move(error), text}; }

}  // namespace

std::string claim_marker(const Claim& claim) {
    static const char* const kKinds[] = {"target", "rule", "result"};
    std::string marker = std::string("{") + kKinds[static_cast<int>(claim.kind)] + " " + claim.ref;
    if (claim.flag == ClaimFlag::binding) marker += "; binding";
    if (claim.flag == ClaimFlag::expected) marker += "; expected";
    return marker + "}";
}

ClaimMarkerRead read_claim_marker(const std::string& text) {
    if (text.empty() || text.front() != '{') return {std::nullopt, {}, text};
    const std::size_t close = text.find('}');
    if (close == std::string::npos) {
        return failed(text,
                      "claim marker '{' is never closed with '}'; write {target REF}, {rule REF} or {result REF}");
    }
    const std::string_view inside(text.data() + 1, close - 1);
    const std::size_t semicolon = inside.find(';');
    const std::string_view head = trimmed(inside.substr(0, semicolon));
    const std::size_t space = head.find(' ');
    const std::string_view word = head.substr(0, space);
    const std::string_view ref = space == std::string_view::npos ? std::string_view{} : trimmed(head.substr(space));

    const auto kind = kind_named(word);
    if (!kind) {
        return failed(text, "unknown claim kind '" + std::string(word) +
                                "'; use target (a plan goal), rule (a rule in force) or result (a past result)");
    }
    if (ref.empty()) {
        return failed(text, "claim marker {" + std::string(word) + "} names no source; write {" + std::string(word) +
                                " REF}, e.g. the plan section");
    }
    Claim claim{*kind, std::string(ref), ClaimFlag::none};
    if (semicolon != std::string_view::npos) {
        const std::string_view flag = trimmed(inside.substr(semicolon + 1));
        if (flag == "binding" && *kind == ClaimKind::target) {
            claim.flag = ClaimFlag::binding;
        } else if (flag == "expected" && *kind == ClaimKind::target) {
            claim.flag = ClaimFlag::expected;
        } else {
            return failed(text, "unknown claim flag '" + std::string(flag) +
                                    "'; only a target takes one: binding (约束性) or expected (预期性)");
        }
    }
    std::size_t after = close + 1;
    if (after < text.size() && text[after] == ' ') ++after;
    return {std::move(claim), {}, text.substr(after)};
}

}  // namespace kiosk
