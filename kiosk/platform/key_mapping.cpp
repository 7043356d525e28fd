#include "platform/key_mapping.h"

namespace kiosk {
namespace {

// Keypad keys are matched by scancode: the key's place, whatever Num Lock says.
std::optional<Command> keypad_command(SDL_Scancode scancode) {
    switch (scancode) {
        case SDL_SCANCODE_KP_8:
            return Command::previous;
        case SDL_SCANCODE_KP_2:
            return Command::next;
        case SDL_SCANCODE_KP_5:
        case SDL_SCANCODE_KP_ENTER:
            return Command::activate;
        case SDL_SCANCODE_KP_0:
            return Command::back;
        case SDL_SCANCODE_KP_7:
            return Command::home;
        case SDL_SCANCODE_KP_PERIOD:
            return Command::help;
        case SDL_SCANCODE_KP_MULTIPLY:
            return Command::say_all;
        case SDL_SCANCODE_KP_PLUS:
            return Command::louder;
        case SDL_SCANCODE_KP_MINUS:
            return Command::softer;
        case SDL_SCANCODE_KP_6:
            return Command::faster;
        case SDL_SCANCODE_KP_4:
            return Command::slower;
        case SDL_SCANCODE_KP_9:
            return Command::repeat;
        case SDL_SCANCODE_KP_3:
            return Command::spell;
        case SDL_SCANCODE_KP_1:
            return Command::pause;
        case SDL_SCANCODE_KP_DIVIDE:
            return Command::settings;
        default:
            return std::nullopt;
    }
}

}  // namespace

std::optional<Command> command_for_key(const SDL_Keysym& key) {
    // Alt, Ctrl and the system key belong to shortcuts (Alt+F4 is not "spell").
    if ((key.mod & (KMOD_ALT | KMOD_CTRL | KMOD_GUI)) != 0) return std::nullopt;
    if (auto command = keypad_command(key.scancode)) return command;
    const bool shift = (key.mod & KMOD_SHIFT) != 0;
    switch (key.sym) {
        case SDLK_UP:
            return Command::previous;
        case SDLK_DOWN:
            return Command::next;
        case SDLK_LEFT:
            return Command::decrease;
        case SDLK_RIGHT:
            return Command::increase;
        case SDLK_TAB:
            return shift ? Command::previous : Command::next;
        case SDLK_RETURN:
        case SDLK_RETURN2:
            return Command::activate;
        case SDLK_ESCAPE:
        case SDLK_BACKSPACE:
        case SDLK_AC_BACK:
            return Command::back;
        case SDLK_HOME:
        case SDLK_AC_HOME:
            return Command::home;
        case SDLK_F1:
        case SDLK_HELP:
            return Command::help;
        case SDLK_F2:
            return Command::say_all;
        case SDLK_F3:
            return Command::repeat;
        case SDLK_F4:
            return Command::spell;
        case SDLK_F5:
            return Command::slower;
        case SDLK_F6:
            return Command::faster;
        case SDLK_F7:
            return Command::softer;
        case SDLK_F8:
            return Command::louder;
        case SDLK_F9:
            return Command::lower;
        case SDLK_F10:
            return Command::higher;
        case SDLK_F11:
            return Command::settings;
        case SDLK_PAUSE:
            return Command::pause;
        default:
            return std::nullopt;
    }
}

std::optional<int> digit_for_key(const SDL_Keysym& key) {
    if ((key.mod & (KMOD_ALT | KMOD_CTRL | KMOD_GUI)) != 0) return std::nullopt;
    if (key.scancode >= SDL_SCANCODE_KP_1 && key.scancode <= SDL_SCANCODE_KP_9) {
        return static_cast<int>(key.scancode - SDL_SCANCODE_KP_1) + 1;
    }
    if (key.scancode == SDL_SCANCODE_KP_0) return 0;
    if (key.sym >= SDLK_0 && key.sym <= SDLK_9) return static_cast<int>(key.sym - SDLK_0);
    return std::nullopt;
}

}  // namespace kiosk
