#pragma once

#include "core/content/pack.h"
#include "core/content/pack_error.h"
#include "core/content/pack_source.h"

namespace kiosk {

// Warnings for number forms in a pack that the kiosk would not read as words (see
// unread_number_forms): every text it speaks, in each language, with the file, line and
// column where the form is written and what the kiosk would say, so staff fix it before a
// resident hears it. `files` gives the pack's files, to find the column.
PackErrors spoken_number_warnings(const Pack& pack, const PackSource& files);

// The same, reading the files again from where the pack was loaded (pack.root: a
// directory or a pack archive).
PackErrors spoken_number_warnings(const Pack& pack);

}  // namespace kiosk
