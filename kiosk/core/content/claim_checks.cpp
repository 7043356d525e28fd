#include "core/content/claim_checks.h"

namespace kiosk {

void check_claims_marked(const Topic& topic, const SectionHeadings& sections, PackErrors& problems) {
    if (topic.kind != TopicKind::benefit) return;
    bool in_claim_section = false;
    for (const Block& block : topic.blocks) {
        if (block.kind == BlockKind::heading) {
            in_claim_section = block.text == sections.eligibility || block.text == sections.benefit;
            continue;
        }
        const bool is_text = block.kind == BlockKind::paragraph || block.kind == BlockKind::list_item;
        if (!in_claim_section || !is_text || block.claim) continue;
        problems.push_back({{topic.file, block.source_line, block.source_column},
                            Severity::error,
                            "unmarked claim: start it with {target REF} (a plan goal, optionally "
                            "{target REF; binding|expected}), {rule REF} (a rule in force) or "
                            "{result REF} (a past result)"});
    }
}

}  // namespace kiosk
