#include "pack_tool/command_line.h"

#include <cstdio>
#include <memory>

#include "pack_tool/exit_codes.h"

namespace kiosk {
namespace {

// The help is the hand-written text, laid out for staff rather than generated.
class FixedHelp : public CLI::FormatterBase {
public:
    explicit FixedHelp(const char* text) : text_(text) {}
    std::string make_help(const CLI::App*, std::string, CLI::AppFormatMode) const override { return text_; }

private:
    const char* text_;
};

}  // namespace

ToolCommandLine::ToolCommandLine(const char* usage) : usage_(usage), tool_("", "kiosk-pack") {
    tool_.formatter(std::make_shared<FixedHelp>(usage));
    tool_.require_subcommand(1);
}

CLI::App& ToolCommandLine::add(const std::string& name, const char* help, std::function<int()> run) {
    CLI::App* command = tool_.add_subcommand(name);
    command->formatter(std::make_shared<FixedHelp>(help));
    runs_[command] = std::move(run);
    return *command;
}

int ToolCommandLine::run(int argc, char** argv) {
    const std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) {
        std::fputs(usage_, stderr);
        return kUsage;
    }
    try {
        tool_.parse(argc, argv);
    } catch (const CLI::CallForHelp&) {
        std::fputs(tool_.help().c_str(), stdout);  // the command's own help once it is named
        return kOk;
    } catch (const CLI::ParseError& error) {
        return usage_error(args, error.what());
    }
    const CLI::App* command = tool_.get_subcommands().front();
    const int status = runs_.at(command)();
    if (status == kUsage) std::fputs(command->help().c_str(), stderr);
    return status;
}

int ToolCommandLine::usage_error(const std::vector<std::string>& args, const std::string& message) {
    const auto named = tool_.get_subcommands();
    if (named.empty()) {
        std::fprintf(stderr, "kiosk-pack: unknown command '%s'\n%s", args.front().c_str(), usage_);
        return kUsage;
    }
    std::fprintf(stderr, "kiosk-pack %s: %s\n%s", named.front()->get_name().c_str(), message.c_str(),
                 named.front()->help().c_str());
    return kUsage;
}

}  // namespace kiosk
