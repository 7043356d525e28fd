#pragma once

#include <string>

#include "screens/screen_parts.h"

namespace kiosk {

// One topic, read block by block: summary, the sections of the article, the source.
Screen build_topic_screen(const ScreenContext& context, const std::string& topic_id);

}  // namespace kiosk
