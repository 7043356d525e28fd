#pragma once

#include <string>

namespace kiosk {

// kiosk-pack hash-code: reads a staff code (6 to 16 digits) and prints the hash the kiosk
// is given with --staff-code-hash, into `output` (a file) or, when empty, on standard
// output. Returns the tool's exit code.
int hash_code_command(const std::string& output);

extern const char* const kHashCodeHelp;

}  // namespace kiosk
