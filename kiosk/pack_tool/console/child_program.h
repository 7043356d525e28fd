#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "core/result.h"

namespace kiosk {

// What a program run by the console printed, and how it ended.
struct ProgramOutput {
    int exit_status = -1;  // -1 when it was killed or did not end by itself
    std::string out;
    std::string err;
};

// Runs `argv` (no shell: each argument is passed as it is) with `environment` added to the
// console's own, and collects what it prints, at most `limit` bytes of each stream. A
// program that runs past `timeout` is killed. Fails only when it cannot be started.
Result<ProgramOutput> run_program(const std::vector<std::string>& argv, const std::vector<std::string>& environment,
                                  std::chrono::milliseconds timeout, std::size_t limit = 8u << 20);

}  // namespace kiosk
