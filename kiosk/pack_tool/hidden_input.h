#pragma once

#include <string>

namespace kiosk {

// One line from standard input, for a staff code or a password: at a terminal the prompt
// is shown on standard error and what is typed is not echoed. A trailing CR is dropped.
std::string read_hidden_line(const char* prompt);

}  // namespace kiosk
