#pragma once

#include <string>
#include <variant>
#include <vector>

namespace kiosk {

// The screen model: what one screen holds, before anything is measured or drawn.

enum class Role { category, topic, heading, paragraph, list_item, table_row, button, setting };

// How an item looks; layout turns it into size and place.
enum class ItemStyle {
    tile,     // a large touch target in a grid: categories, topics
    summary,  // the first line of an article, set off from the rest
    heading,
    body,
    source,   // where the text comes from, at the end of an article
    button,   // footer buttons: back, home, help
    setting,  // a full-width target with its value at the right: settings, invitations
};

struct OpenCategory {
    std::string id;
};
struct OpenTopic {
    std::string id;
};
struct GoBack {};
struct GoHome {};
struct ShowHelp {};
struct ShowLanguages {};
struct ChooseLanguage {
    std::string locale;
};
struct ShowSettings {};

// What a resident can change on the settings screen.
enum class Setting { text_size, theme, speech, speech_rate, volume, privacy, key_repeat, double_press, slow_keys };

// Steps a setting: Left and Right go one step down or up; Enter or a tap steps up and
// wraps around, so one key reaches every value.
struct AdjustSetting {
    Setting setting = Setting::text_size;
};
// Leaves the attract screen for the home screen, in a language when one is given.
struct Begin {
    std::string locale;
};
// What staff can do on the maintenance screen.
enum class StaffTask { test_speech, test_sound, exit_kiosk };
struct RunStaffTask {
    StaffTask task = StaffTask::test_speech;
};
// Asks for a member of staff to come to the kiosk.
struct CallStaff {};
struct NoAction {};

using Action = std::variant<NoAction, OpenCategory, OpenTopic, GoBack, GoHome, ShowHelp, ShowLanguages, ChooseLanguage,
                            ShowSettings, AdjustSetting, Begin, RunStaffTask, CallStaff>;

// Every item can take focus: a blind resident reads an article paragraph by paragraph.
struct Item {
    std::string label;   // the text shown
    std::string detail;  // a second, smaller line on tiles ("4 项"); may be empty
    std::string spoken;  // what is said when the item gets focus
    std::string voice;   // a voice of its own (a language's name in that language); empty: the screen's
    std::string claim;   // article text that makes a claim: its kind and reference, the first line of label
    Role role = Role::paragraph;
    ItemStyle style = ItemStyle::body;
    Action action = NoAction{};
};

enum class ScreenKind { home, category, topic, help, languages, settings, attract, staff_code, maintenance };

struct Screen {
    ScreenKind kind = ScreenKind::home;
    std::string title;
    std::string subtitle;
    std::vector<Item> items;       // the content, in reading order
    std::vector<Item> buttons;     // the footer, after the content in reading order
    std::string entry_speech;      // said on arrival, before the focused item
    bool entry_reads_all = false;  // the arrival speech already holds every item
    std::string help;              // what F1 explains here

    std::size_t focusable_count() const { return items.size() + buttons.size(); }
    const Item& focusable(std::size_t index) const {
        return index < items.size() ? items[index] : buttons[index - items.size()];
    }
};

}  // namespace kiosk
