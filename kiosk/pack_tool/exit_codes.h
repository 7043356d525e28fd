#pragma once

namespace kiosk {

// kiosk-pack's exit codes, as documented in --help and content/README.md.
constexpr int kOk = 0;
constexpr int kProblems = 1;  // the pack has errors, or the signature does not verify
constexpr int kUsage = 2;
constexpr int kFailed = 3;  // could not read or write a file

}  // namespace kiosk
