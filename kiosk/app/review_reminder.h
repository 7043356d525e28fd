#pragma once

#include "app/speech_log.h"
#include "core/content/pack.h"

namespace kiosk {

// Tells staff, on stderr (the system journal) and in the speech log, when the pack's
// review_by date has passed or the pack sets none. Said when a pack is shown: at start
// and after each update.
void remind_staff_of_review_date(const Manifest& manifest, SpeechLog& log);

}  // namespace kiosk
