#pragma once

#include "app/options.h"

namespace kiosk {

// --render-all DIR: draws every page of every screen in the review scope, without a
// display, into DIR/<locale>/<theme>/<size>/<WxH>/<screen>-p<N>.png with DIR/index.html,
// checks every frame, and prints each problem on stderr. Exit status: 0 when nothing was
// found, 1 when something was (or the pack or DIR failed), 2 on a usage error.
int render_all(const Options& options);

}  // namespace kiosk
