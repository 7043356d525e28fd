#pragma once

#include <string>
#include <vector>

namespace kiosk {

// kiosk-pack hash-code: reads a staff code (6 to 16 digits) and prints the hash the kiosk
// is given with --staff-code-hash. Returns the tool's exit code.
int hash_code_command(const std::vector<std::string>& args);

extern const char* const kHashCodeHelp;

}  // namespace kiosk
