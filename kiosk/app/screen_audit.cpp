#include "app/screen_audit.h"

#include <chrono>
#include <cstdio>

#include "app/screen_review.h"
#include "core/ui/accessibility_audit.h"

namespace kiosk {

int run_audit(const Options& options) {
    const auto started = std::chrono::steady_clock::now();
    std::size_t screens = 0;
    std::size_t findings = 0;
    const int status = review_every_screen(options, [&](const ReviewedScreen& reviewed) {
        ++screens;
        for (const AuditFinding& finding : audit_screen(reviewed.entry.screen, reviewed.layout, reviewed.theme)) {
            if (findings++ == 0) std::printf("screen | item | rule | detail\n");
            std::printf("%s | %s | %s | %s\n", reviewed.name().c_str(), finding.item.c_str(), finding.rule.c_str(),
                        finding.detail.c_str());
        }
    });
    if (status != 0) return status;
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - started;
    std::printf("audit: %zu screens, %zu findings, %.1f s\n", screens, findings, took.count());
    return findings == 0 ? 0 : 1;
}

}  // namespace kiosk
