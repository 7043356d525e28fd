#include "platform/key_mapping.h"

namespace kiosk {
namespace {

// Keypad keys are matched by scancode: the key's place, whatever Num Lock says.
std::optional<Command> keypad_command(SDL_Scancode scancode) {
    switch (scancode) {
        case SDL_SCANCODE_KP_8: return Command::previous;
        case SDL_SCANCODE_KP_2: return Command::next;
        case SDL_SCANCODE_KP_5:
        case SDL_SCANCODE_KP_ENTER: return Command::activate;
        case SDL_SCANCODE_KP_0: return Command::back;
        case SDL_SCANCODE_KP_7: return Command::home;
        case SDL_SCANCODE_KP_PERIOD: return Command::help;
        default: return std::nullopt;
    }
}

}  // namespace

std::optional<Command> command_for_key(const SDL_Keysym& key) {
    if (auto command = keypad_command(key.scancode)) return command;
    const bool shift = (key.mod & KMOD_SHIFT) != 0;
    switch (key.sym) {
        case SDLK_UP: return Command::previous;
        case SDLK_DOWN: return Command::next;
        case SDLK_TAB: return shift ? Command::previous : Command::next;
        case SDLK_RETURN:
        case SDLK_RETURN2: return Command::activate;
        case SDLK_ESCAPE:
        case SDLK_BACKSPACE:
        case SDLK_AC_BACK: return Command::back;
        case SDLK_HOME:
        case SDLK_AC_HOME: return Command::home;
        case SDLK_F1:
        case SDLK_HELP: return Command::help;
        default: return std::nullopt;
    }
}

bool is_staff_exit(const SDL_Keysym& key) {
    return key.sym == SDLK_q && (key.mod & KMOD_CTRL) != 0 && (key.mod & KMOD_ALT) != 0;
}

}  // namespace kiosk
