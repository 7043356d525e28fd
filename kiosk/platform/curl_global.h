#pragma once

namespace kiosk {

// curl_global_init, once per process whichever libcurl user comes first (it is not
// thread-safe; a function-local static is initialised once).
void initialise_curl_once();

}  // namespace kiosk
