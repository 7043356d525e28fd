#include "app/input_script.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace kiosk {
namespace {

std::optional<InputScript::KeyStep> parse_key(std::string name) {
    InputScript::KeyStep step;
    for (;;) {
        const auto plus = name.find('+');
        if (plus == std::string::npos || plus == 0 || plus + 1 == name.size()) break;
        const std::string modifier = name.substr(0, plus);
        if (modifier == "Shift")
            step.modifiers |= KMOD_LSHIFT;
        else if (modifier == "Ctrl")
            step.modifiers |= KMOD_LCTRL;
        else if (modifier == "Alt")
            step.modifiers |= KMOD_LALT;
        else
            return std::nullopt;
        name = name.substr(plus + 1);
    }
    step.key = SDL_GetKeyFromName(name.c_str());
    if (step.key == SDLK_UNKNOWN) return std::nullopt;
    return step;
}

std::optional<InputScript::Step> parse_line(const std::string& line) {
    std::istringstream in(line);
    std::string verb;
    in >> verb;
    if (verb == "key" || verb == "key-down" || verb == "key-up") {
        std::string name;
        std::getline(in >> std::ws, name);
        auto key = parse_key(name);
        if (!key) return std::nullopt;
        key->down = verb != "key-up";
        key->up = verb != "key-down";
        return *key;
    } else if (verb == "tap") {
        InputScript::TapStep tap;
        if (in >> tap.x >> tap.y) return tap;
    } else if (verb == "press" || verb == "move" || verb == "release") {
        InputScript::PointerStep pointer;
        pointer.type = verb == "press" ? SDL_MOUSEBUTTONDOWN : verb == "move" ? SDL_MOUSEMOTION : SDL_MOUSEBUTTONUP;
        if (in >> pointer.x >> pointer.y) return pointer;
    } else if (verb == "wait") {
        InputScript::WaitStep wait;
        if (in >> wait.ms && wait.ms >= 0) return wait;
    } else if (verb == "await") {
        InputScript::AwaitStep await;
        std::getline(in >> std::ws, await.text);
        if (!await.text.empty()) return await;
    } else if (verb == "await-path") {
        InputScript::AwaitPathStep await;
        std::getline(in >> std::ws, await.path);
        if (!await.path.empty()) return await;
    } else if (verb == "note") {
        InputScript::NoteStep note;
        std::getline(in >> std::ws, note.text);
        if (!note.text.empty()) return note;
    } else if (verb == "quit") {
        return InputScript::QuitStep{};
    } else if (verb == "audio-removed") {
        return InputScript::AudioDeviceStep{SDL_AUDIODEVICEREMOVED};
    } else if (verb == "audio-added") {
        return InputScript::AudioDeviceStep{SDL_AUDIODEVICEADDED};
    } else if (verb == "headset-in" || verb == "headset-out") {
        return InputScript::HeadsetStep{verb == "headset-in"};
    } else if (verb == "hang-loop") {
        return InputScript::TestHookStep{InputScript::TestHook::hang_loop};
    } else if (verb == "wedge-speech") {
        return InputScript::TestHookStep{InputScript::TestHook::wedge_speech};
    }
    return std::nullopt;
}

void push_key(const InputScript::KeyStep& step) {
    SDL_Event event{};
    event.key.keysym.sym = step.key;
    event.key.keysym.scancode = SDL_GetScancodeFromKey(step.key);
    event.key.keysym.mod = step.modifiers;
    if (step.down) {
        event.key.state = SDL_PRESSED;
        event.type = SDL_KEYDOWN;
        SDL_PushEvent(&event);
    }
    if (step.up) {
        event.type = SDL_KEYUP;
        event.key.state = SDL_RELEASED;
        SDL_PushEvent(&event);
    }
}

void push_tap(const InputScript::TapStep& step) {
    SDL_Event event{};
    event.button.button = SDL_BUTTON_LEFT;
    event.button.x = step.x;
    event.button.y = step.y;
    event.button.clicks = 1;
    event.type = SDL_MOUSEBUTTONDOWN;
    event.button.state = SDL_PRESSED;
    SDL_PushEvent(&event);
    event.type = SDL_MOUSEBUTTONUP;
    event.button.state = SDL_RELEASED;
    SDL_PushEvent(&event);
}

void push_pointer(const InputScript::PointerStep& step) {
    SDL_Event event{};
    event.type = step.type;
    if (step.type == SDL_MOUSEMOTION) {
        event.motion.x = step.x;
        event.motion.y = step.y;
        event.motion.state = SDL_BUTTON_LMASK;
    } else {
        event.button.button = SDL_BUTTON_LEFT;
        event.button.x = step.x;
        event.button.y = step.y;
        event.button.clicks = 1;
        event.button.state = step.type == SDL_MOUSEBUTTONDOWN ? SDL_PRESSED : SDL_RELEASED;
    }
    SDL_PushEvent(&event);
}

}  // namespace

Uint32 InputScript::test_hook_event() {
    static const Uint32 type = SDL_RegisterEvents(1);
    return type;
}

Uint32 InputScript::headset_event() {
    static const Uint32 type = SDL_RegisterEvents(1);
    return type;
}

Result<InputScript> InputScript::load(const std::string& path) {
    std::ifstream in(path);
    if (!in) return failure(Error(path, "cannot open script"));
    InputScript script;
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        const auto start = line.find_first_not_of(" \t\r");
        if (start == std::string::npos || line[start] == '#') continue;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.substr(start) == "clock real") {
            script.real_clock_ = true;
            continue;
        }
        auto step = parse_line(line.substr(start));
        if (!step) return failure(Error(path, "cannot understand '" + line + "'", number));
        script.steps_.push_back(*step);
    }
    return script;
}

void InputScript::notice(const std::string& note) {
    if (notes_.size() >= kNotesKept) notes_.erase(notes_.begin());
    notes_.push_back(note);
    if (awaited_ && take_note(*awaited_)) {
        awaited_.reset();
        due_.reset();
    }
}

// An await takes the first note that matches, and those before it: a second await of the
// same words waits for the next such note.
bool InputScript::take_note(const std::string& text) {
    const auto it = std::find_if(notes_.begin(), notes_.end(),
                                 [&](const std::string& note) { return note.find(text) != std::string::npos; });
    if (it == notes_.end()) return false;
    notes_.erase(notes_.begin(), it + 1);
    return true;
}

// The watcher runs on its own thread: it only wakes the loop, which looks again here.
void InputScript::await_path(const std::string& path, Clock::time_point now) {
    static const Uint32 wake = SDL_RegisterEvents(1);
    awaited_path_ = path;
    due_ = now + kAwaitLimit;
    path_watcher_ = std::make_unique<PackWatcher>(path, [] {
        SDL_Event event{};
        event.type = wake;
        SDL_PushEvent(&event);
    });
}

bool InputScript::awaited_path_exists() {
    std::error_code error;
    if (!std::filesystem::exists(*awaited_path_, error)) return false;
    awaited_path_.reset();
    path_watcher_.reset();
    due_.reset();
    return true;
}

bool InputScript::play_due(Clock::time_point now) {
    std::error_code ignored;  // a path that cannot be looked at is awaited, as one not there yet
    while (next_ < steps_.size()) {
        if (awaited_path_) awaited_path_exists();
        if (due_ && now < *due_) return true;
        if (awaited_ || awaited_path_) {  // waited in vain: the next steps show what is missing
            std::fprintf(stderr, "kiosk: the script waited %lld s for '%s' in vain\n",
                         static_cast<long long>(kAwaitLimit.count()), (awaited_ ? *awaited_ : *awaited_path_).c_str());
            awaited_.reset();
            awaited_path_.reset();
            path_watcher_.reset();
        }
        const Step& step = steps_[next_++];
        due_.reset();
        if (const auto* await = std::get_if<AwaitStep>(&step); await != nullptr && !take_note(await->text)) {
            awaited_ = await->text;
            due_ = now + kAwaitLimit;
        }
        if (const auto* await = std::get_if<AwaitPathStep>(&step);
            await != nullptr && !std::filesystem::exists(await->path, ignored)) {
            await_path(await->path, now);
            if (awaited_path_exists()) continue;  // made while the watcher started
        }
        if (const auto* key = std::get_if<KeyStep>(&step)) push_key(*key);
        if (const auto* tap = std::get_if<TapStep>(&step)) push_tap(*tap);
        if (const auto* pointer = std::get_if<PointerStep>(&step)) push_pointer(*pointer);
        if (const auto* wait = std::get_if<WaitStep>(&step)) due_ = now + std::chrono::milliseconds(wait->ms);
        if (const auto* audio = std::get_if<AudioDeviceStep>(&step)) {
            SDL_Event event{};
            event.type = audio->type;
            event.adevice.iscapture = 0;
            SDL_PushEvent(&event);
        }
        if (const auto* hook = std::get_if<TestHookStep>(&step)) {
            SDL_Event event{};
            event.type = test_hook_event();
            event.user.code = static_cast<Sint32>(hook->hook);
            SDL_PushEvent(&event);
        }
        if (const auto* headset = std::get_if<HeadsetStep>(&step)) {
            SDL_Event event{};
            event.type = headset_event();
            event.user.code = headset->present ? 1 : 0;
            SDL_PushEvent(&event);
        }
        if (const auto* note = std::get_if<NoteStep>(&step); note != nullptr && note_sink_) note_sink_(note->text);
        if (std::holds_alternative<QuitStep>(step)) return false;
    }
    return true;
}

std::optional<InputScript::Clock::time_point> InputScript::next_due(Clock::time_point now) const {
    if (next_ >= steps_.size()) return std::nullopt;
    return due_.value_or(now);
}

}  // namespace kiosk
