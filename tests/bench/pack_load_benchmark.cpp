// How long a kiosk takes to check and load the full default pack (three locales), the
// work done at start-up and on every hot pack update. Goal: under 100 ms.
// Run with scripts/bench.sh; not a ctest test, since timings depend on the machine.
//   directory   load_pack on content/changyi, as staff preview it
//   archive     load_pack on a pack archive of it: read, hash-check, then load
//   read_only   read_pack_archive alone: the archive's share of the above

#include <benchmark/benchmark.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <map>
#include <string>

#include "core/content/pack_archive.h"
#include "core/content/pack_loader.h"
#include "core/content/pack_source.h"

namespace fs = std::filesystem;

namespace {

const std::string kPackDirectory = std::string(KIOSK_SOURCE_DIR) + "/content/changyi";
std::string archive_path;  // made by main before any benchmark runs

// A benchmark of a pack that does not load would time the error path: stop instead.
bool loaded(benchmark::State& state, const kiosk::PackLoadResult& result) {
    if (result.pack) return true;
    state.SkipWithError("the pack did not load; run kiosk-pack check on it");
    return false;
}

void directory(benchmark::State& state) {
    for (auto _ : state) {
        const kiosk::PackLoadResult result = kiosk::load_pack(kPackDirectory);
        if (!loaded(state, result)) break;
        benchmark::DoNotOptimize(result);
    }
}

void archive(benchmark::State& state) {
    for (auto _ : state) {
        const kiosk::PackLoadResult result = kiosk::load_pack(archive_path);
        if (!loaded(state, result)) break;
        benchmark::DoNotOptimize(result);
    }
}

void read_only(benchmark::State& state) {
    for (auto _ : state) {
        const kiosk::PackArchive result = kiosk::read_pack_archive(archive_path);
        if (!result.source) {
            state.SkipWithError("the archive did not read");
            break;
        }
        benchmark::DoNotOptimize(result);
    }
}

// The archive `kiosk-pack build` would make, in the temporary directory.
bool build_archive() {
    const kiosk::DirectorySource source(kPackDirectory);
    std::map<std::string, std::string> files;
    for (const auto& name : source.all_files()) {
        auto bytes = source.read(name);
        if (!bytes) {
            std::fprintf(stderr, "pack_load_benchmark: %s/%s: %s\n", kPackDirectory.c_str(), name.c_str(),
                         bytes.error().message.c_str());
            return false;
        }
        files[name] = std::move(*bytes);
    }
    archive_path = (fs::temp_directory_path() / ("kiosk-bench-" + std::to_string(::getpid()) + ".tar")).string();
    if (kiosk::Status written = kiosk::write_pack_archive(archive_path, files, std::nullopt); !written) {
        std::fprintf(stderr, "pack_load_benchmark: %s\n", written.error().to_string().c_str());
        return false;
    }
    return true;
}

}  // namespace

BENCHMARK(directory)->Name("load_pack/directory")->Unit(benchmark::kMillisecond);
BENCHMARK(archive)->Name("load_pack/archive")->Unit(benchmark::kMillisecond);
BENCHMARK(read_only)->Name("read_pack_archive")->Unit(benchmark::kMillisecond);

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 2;
    if (!build_archive()) return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    std::error_code ec;
    fs::remove(archive_path, ec);
    return 0;
}
