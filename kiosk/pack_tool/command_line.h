#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <map>
#include <string>

namespace kiosk {

// kiosk-pack's command line: one CLI11 subcommand per command. Each command's help is
// hand-written for staff, shown for --help and after a usage error; the command runs once
// its arguments are read.
class ToolCommandLine {
public:
    explicit ToolCommandLine(const char* usage);

    // A command; add its arguments to the subcommand returned.
    CLI::App& add(const std::string& name, const char* help, std::function<int()> run);

    // Reads the arguments and runs the command given: its exit code, or kUsage.
    int run(int argc, char** argv);

private:
    int usage_error(const std::vector<std::string>& args, const std::string& message);

    const char* usage_;
    CLI::App tool_;
    std::map<const CLI::App*, std::function<int()>> runs_;
};

}  // namespace kiosk
