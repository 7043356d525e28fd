// Writes the hostile archive of finding 8 for scripts/archive-flood.sh to measure:
//   archive_flood OUT [ENTRIES]   CONTENTS.toml listing nothing, then ENTRIES (default
//                                 350,000) one-byte files, gzip-compressed.

#include <cstdio>
#include <cstdlib>
#include <fstream>

#include "support/flood_archive.h"

int main(int argc, char** argv) {
    if (argc < 2 || argc > 3) {
        std::fputs("usage: archive_flood OUT [ENTRIES]\n", stderr);
        return 2;
    }
    const std::size_t entries = argc == 3 ? std::strtoull(argv[2], nullptr, 10) : 350000;
    std::ofstream(argv[1], std::ios::binary) << kiosk::testing::flood_archive(entries);
    return 0;
}
