#pragma once

#include <cstdio>
#include <cstdlib>
#include <exception>

namespace kiosk {

// What a program's main runs last: anything that escapes, an exception nobody expected,
// is told on stderr and the program exits non-zero, so a service manager restarts the
// kiosk. Expected failures never get here: they are Results, told where they happen.
inline void report_escape(const char* program) {
    try {
        throw;
    } catch (const std::exception& error) {
        std::fprintf(stderr, "%s: stopped by an unexpected error: %s\n", program, error.what());
    } catch (...) {
        std::fprintf(stderr, "%s: stopped by an unexpected error: unknown\n", program);
    }
}

template <typename Body>
int guarded_main(const char* program, Body body) {
    // An exception escaping another thread ends the process through std::terminate:
    // tell it too before the abort.
    static const char* name = program;
    std::set_terminate([] {
        if (std::current_exception()) report_escape(name);
        std::abort();
    });
    try {
        return body();
    } catch (...) {
        report_escape(program);
        return EXIT_FAILURE;
    }
}

}  // namespace kiosk
