#pragma once

#include <string>

#include "screens/kiosk.h"
#include "screens/maintenance_facts.h"

namespace kiosk {

// What the KioskApp needs of whoever holds the Kiosk: the Kiosk itself, and the changes
// that replace it whole (a new resident, another language, another pack).
class KioskHost {
public:
    virtual ~KioskHost() = default;

    virtual Kiosk& kiosk() = 0;
    // Everything back to the start: the default language and settings, the home screen.
    virtual Reaction reset() = 0;
    // The resident chose a language: the home screen in it, with their own settings.
    virtual Reaction switch_locale(const std::string& locale) = 0;
    // A checked pack was waiting: it replaces the one shown, from its attract screen.
    virtual void show_waiting_pack() = 0;
    // What the staff maintenance screen shows, gathered now: the pack, the machine, today's
    // use. The uptime is the KioskApp's to fill in, from the time it is given.
    virtual MaintenanceFacts maintenance_facts() = 0;
};

}  // namespace kiosk
