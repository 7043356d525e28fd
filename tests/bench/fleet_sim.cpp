// A fleet of simulated kiosks polling one nginx (scripts/fleet-sim.sh runs it). Each kiosk
// is a thread running the kiosk's own pack update check (ChannelUpdater) with its own
// CurlFetcher, state folder and ETag, at a jittered interval. The channel is written by
// `kiosk-pack publish` from a real pack: a first publish (a cold start: every kiosk
// downloads the pack) and then a second one (a new version). For each it measures how long
// after the index changed every kiosk had installed the new sequence, what nginx served
// (its access log), the share of index polls answered 304 Not Modified, and the peak of
// nginx's open connections (stub_status, sampled, and the log's count). The kiosk's check
// of a downloaded archive is its signature here, not the whole pack check (fonts, every
// screen), so the figures are the server's and the network's, not this machine's CPU.
//
//   fleet_sim [--kiosks N] [--interval-ms MS] [--jitter FRACTION] [--pack DIR]
//             [--steady-polls N] [--work-dir DIR]
#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <memory>
#include <mutex>
#include <random>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "app/channel_updater.h"
#include "core/content/pack_archive.h"
#include "core/content/pack_signature.h"
#include "platform/curl_fetcher.h"
#include "support/nginx_server.h"

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using kiosk::CurlFetcher;
using kiosk::FetchRequest;
using kiosk::FetchResult;

struct Options {
    int kiosks = 500;
    std::chrono::milliseconds interval{1000};  // 10 s compressed tenfold
    double jitter = 0.2;                       // each wait is interval * (1 +- jitter)
    fs::path pack = fs::path(KIOSK_SOURCE_DIR) / "content/changyi";
    int steady_polls = 3;  // intervals of quiet polling after each convergence
    fs::path work_dir;
};

Options parse_options(int argc, char** argv) {
    Options options;
    options.work_dir = fs::temp_directory_path() / ("fleet-sim-" + std::to_string(::getpid()));
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string name = argv[i];
        const std::string value = argv[i + 1];
        if (name == "--kiosks") {
            options.kiosks = std::stoi(value);
        } else if (name == "--interval-ms") {
            options.interval = std::chrono::milliseconds(std::stol(value));
        } else if (name == "--jitter") {
            options.jitter = std::stod(value);
        } else if (name == "--pack") {
            options.pack = value;
        } else if (name == "--steady-polls") {
            options.steady_polls = std::stoi(value);
        } else if (name == "--work-dir") {
            options.work_dir = value;
        } else {
            std::fprintf(stderr, "fleet_sim: unknown option %s\n", name.c_str());
            std::exit(2);
        }
    }
    return options;
}

std::string read_text(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Runs a kiosk-pack command line with its output in `log`; stops the simulation if it fails.
void run(const std::string& command, const fs::path& log) {
    if (std::system((command + " >" + log.string() + " 2>&1").c_str()) != 0) {
        std::fprintf(stderr, "fleet_sim: failed: %s\n%s", command.c_str(), read_text(log).c_str());
        std::exit(1);
    }
}

// The channel "stable" under `www`, written by kiosk-pack publish from a copy of the pack
// whose version goes up by one patch level with every publish.
class Channel {
public:
    Channel(const Options& options) : work_(options.work_dir) {
        fs::copy(options.pack, work_ / "pack", fs::copy_options::recursive);
        run(std::string(KIOSK_PACK_BINARY) + " keygen " + (work_ / "publisher").string(), work_ / "keygen.log");
        const std::string pub = read_text(work_ / "publisher.pub");
        public_hex_ = pub.substr(0, pub.find_first_of(" \n"));
    }
    [[nodiscard]] const std::string& public_hex() const { return public_hex_; }
    [[nodiscard]] fs::path index() const { return work_ / "www/stable/index.toml"; }

    // Publishes the next version; returns when the new index is in place.
    void publish(int sequence) {
        const fs::path manifest = work_ / "pack/pack.toml";
        std::string text = read_text(manifest);
        const auto at = text.find("\nversion = \"");
        const auto end = text.find('"', at + 12);
        text.replace(at, end - at + 1, "\nversion = \"9.0." + std::to_string(sequence) + "\"");
        std::ofstream(manifest, std::ios::binary) << text;
        run(std::string(KIOSK_PACK_BINARY) + " publish " + (work_ / "pack").string() + " --key " +
                (work_ / "publisher.key").string() + " --channel stable " + (work_ / "www").string(),
            work_ / "publish.log");
    }

private:
    fs::path work_;
    std::string public_hex_;
};

// What all kiosks have done, shared with the main thread.
struct Fleet {
    std::mutex mutex;
    std::condition_variable changed;
    bool stopping = false;
    std::uint64_t target = 0;  // the sequence every kiosk should end up with
    int holding_target = 0;
    std::vector<std::chrono::system_clock::time_point> installed_at;  // per kiosk, of the target
    std::atomic<long> failures{0};
    std::atomic<long> refusals{0};
};

class SimulatedKiosk {
public:
    SimulatedKiosk(int id, const Options& options, const kiosk::testing::NginxServer& nginx,
                   const std::string& trusted_key, Fleet& fleet)
        : id_(id),
          options_(options),
          fleet_(fleet),
          random_(static_cast<unsigned>(id) * 7919U),
          updater_(settings(id, options, nginx, trusted_key), fetcher_, [trusted_key](const std::string& path) {
              return kiosk::verify_archive_signature(kiosk::read_pack_archive(path), trusted_key);
          }) {}

    void run() {
        std::uniform_real_distribution<double> first(0.0, 1.0);
        auto next = Clock::now() + scaled(first(random_));
        std::uniform_real_distribution<double> spread(1.0 - options_.jitter, 1.0 + options_.jitter);
        while (wait_until(next)) {
            poll();
            next += scaled(spread(random_));
        }
    }

private:
    static kiosk::ChannelSettings settings(int id, const Options& options, const kiosk::testing::NginxServer& nginx,
                                           const std::string& trusted_key) {
        kiosk::ChannelSettings settings;
        settings.update_url = nginx.url("/");
        settings.kiosk_id = "kiosk-" + std::to_string(id);
        settings.trusted_key = trusted_key;
        settings.state_dir = (options.work_dir / "kiosks" / std::to_string(id)).string();
        fs::create_directories(settings.state_dir);
        return settings;
    }
    [[nodiscard]] Clock::duration scaled(double factor) const {
        return std::chrono::duration_cast<Clock::duration>(options_.interval * factor);
    }
    bool wait_until(Clock::time_point when) {
        std::unique_lock lock(fleet_.mutex);
        return !fleet_.changed.wait_until(lock, when, [this] { return fleet_.stopping; });
    }
    void poll() {
        const auto wall = std::chrono::system_clock::now();
        const auto now_unix = std::chrono::duration_cast<std::chrono::seconds>(wall.time_since_epoch()).count();
        const kiosk::ChannelUpdater::Outcome outcome = updater_.check(now_unix);
        if (kiosk::is_failure(outcome.result)) {
            ++fleet_.failures;
        } else if (outcome.result == kiosk::UpdateResult::installed) {
            report_installed(updater_.installed_sequence());
        } else if (outcome.result != kiosk::UpdateResult::not_modified &&
                   outcome.result != kiosk::UpdateResult::up_to_date) {
            ++fleet_.refusals;
            std::fprintf(stderr, "kiosk %d: %s\n", id_, outcome.message.c_str());
        }
    }
    void report_installed(std::uint64_t sequence) {
        const std::lock_guard lock(fleet_.mutex);
        if (sequence == fleet_.target) {
            fleet_.installed_at[id_] = std::chrono::system_clock::now();
            ++fleet_.holding_target;
            fleet_.changed.notify_all();
        }
    }

    int id_;
    const Options& options_;
    Fleet& fleet_;
    std::mt19937 random_;
    CurlFetcher fetcher_;
    kiosk::ChannelUpdater updater_;
};

// nginx's open connections, sampled from stub_status every 10 ms.
class ConnectionSampler {
public:
    ConnectionSampler(const kiosk::testing::NginxServer& nginx, const fs::path& staging)
        : thread_([this, &nginx, staging] { sample(nginx, staging); }) {}
    ~ConnectionSampler() {
        stop_ = true;
        thread_.join();
    }
    ConnectionSampler(const ConnectionSampler&) = delete;
    ConnectionSampler& operator=(const ConnectionSampler&) = delete;
    [[nodiscard]] int peak() const { return peak_; }

private:
    void sample(const kiosk::testing::NginxServer& nginx, const fs::path& staging) {
        CurlFetcher fetcher;
        FetchRequest request;
        request.url = nginx.url("/nginx_status");
        request.staging_path = staging.string();
        request.max_bytes = 4096;
        while (!stop_) {
            if (fetcher.fetch(request).outcome == FetchResult::Outcome::fetched) {
                const std::string status = read_text(staging);
                const auto at = status.find("Active connections:");
                if (at != std::string::npos) {
                    peak_ = std::max(peak_.load(), std::atoi(status.c_str() + at + 19) - 1);  // not our own
                }
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
        fs::remove(staging);
    }
    std::atomic<bool> stop_{false};
    std::atomic<int> peak_{0};
    std::thread thread_;
};

// What nginx served in one round, read from its access log (see NginxServer).
struct Served {
    long index_fetched = 0;
    long index_not_modified = 0;
    long archive_fetched = 0;
    long other = 0;
    long long bytes = 0;
    long long bytes_not_modified = 0;  // of the index's 304 answers
    long long bytes_archives = 0;
    int peak_connections = 0;
};

Served count_served(const std::vector<std::string>& log, std::size_t from) {
    Served served;
    for (std::size_t i = from; i < log.size(); ++i) {
        std::istringstream line(log[i]);
        int status = 0;
        long long bytes = 0;
        int active = 0;
        std::string uri;
        line >> status >> bytes >> active >> uri;
        if (uri == "/nginx_status") {
            continue;
        }
        served.bytes += bytes;
        served.peak_connections = std::max(served.peak_connections, active);
        const bool index = uri.size() > 11 && uri.compare(uri.size() - 11, 11, "/index.toml") == 0;
        if (index && status == 200) {
            ++served.index_fetched;
        } else if (index && status == 304) {
            ++served.index_not_modified;
            served.bytes_not_modified += bytes;
        } else if (!index && status == 200) {
            ++served.archive_fetched;
            served.bytes_archives += bytes;
        } else {
            ++served.other;
        }
    }
    return served;
}

struct Round {
    std::string label;
    bool converged = false;
    double median_s = 0;
    double p95_s = 0;
    double last_s = 0;
    double window_s = 0;
    Served served;
};

// Publishes sequence `sequence`, waits until every kiosk installed it (at most 60
// intervals), then lets the fleet poll quietly for a few intervals, and counts what nginx
// served. Times count from the new index's modification time.
Round run_round(int sequence, const std::string& label, const Options& options, Channel& channel,
                const kiosk::testing::NginxServer& nginx, Fleet& fleet, const std::function<void()>& start_fleet) {
    Round round{label};
    const std::size_t log_from = nginx.access_log_lines().size();
    {
        const std::lock_guard lock(fleet.mutex);
        fleet.target = static_cast<std::uint64_t>(sequence);
        fleet.holding_target = 0;
    }
    channel.publish(sequence);
    const auto published_at = std::chrono::file_clock::to_sys(fs::last_write_time(channel.index()));
    start_fleet();
    const auto started = Clock::now();
    {
        std::unique_lock lock(fleet.mutex);
        round.converged =
            fleet.changed.wait_for(lock, options.interval * 60, [&] { return fleet.holding_target == options.kiosks; });
        std::vector<double> times;
        for (const auto& installed : fleet.installed_at) {
            times.push_back(std::max(0.0, std::chrono::duration<double>(installed - published_at).count()));
        }
        std::sort(times.begin(), times.end());
        round.median_s = times[times.size() / 2];
        round.p95_s = times[times.size() * 95 / 100];
        round.last_s = times.back();
    }
    std::this_thread::sleep_for(options.interval * options.steady_polls);
    round.window_s = std::chrono::duration<double>(Clock::now() - started).count();
    round.served = count_served(nginx.access_log_lines(), log_from);
    return round;
}

void print_report(const std::vector<Round>& rounds, int sampled_peak, long failures, long refusals) {
    std::printf("\n%-11s %9s %9s %9s %9s %8s %8s %8s %6s %11s %6s %5s\n", "round", "median s", "p95 s", "all s",
                "window s", "idx 200", "idx 304", "arc 200", "other", "bytes", "304 %", "peak");
    for (const Round& round : rounds) {
        const Served& s = round.served;
        const long polls = s.index_fetched + s.index_not_modified;
        std::printf("%-11s %9.2f %9.2f %9s %9.1f %8ld %8ld %8ld %6ld %11lld %6.1f %5d\n", round.label.c_str(),
                    round.median_s, round.p95_s,
                    round.converged ? std::to_string(round.last_s).substr(0, 5).c_str() : "never", round.window_s,
                    s.index_fetched, s.index_not_modified, s.archive_fetched, s.other, s.bytes,
                    polls > 0 ? 100.0 * static_cast<double>(s.index_not_modified) / static_cast<double>(polls) : 0.0,
                    s.peak_connections);
    }
    const Served& last = rounds.back().served;
    if (last.index_not_modified > 0 && last.archive_fetched > 0) {
        std::printf("on the wire: an index 304 %lld bytes, an archive 200 %lld bytes\n",
                    last.bytes_not_modified / last.index_not_modified, last.bytes_archives / last.archive_fetched);
    }
    std::printf("peak open connections sampled from stub_status: %d; failed checks: %ld; refused: %ld\n", sampled_peak,
                failures, refusals);
}

// Two rounds, a cold start and a new pack, with nginx, the sampler and the fleet stopped
// before it returns.
void simulate(const Options& options) {
    Channel channel(options);
    fs::create_directories(options.work_dir / "www");
    const kiosk::testing::NginxServer nginx(options.work_dir / "www", options.work_dir / "nginx",
                                            options.kiosks * 2 + 64);
    Fleet fleet;
    fleet.installed_at.assign(static_cast<std::size_t>(options.kiosks), {});
    std::vector<std::unique_ptr<SimulatedKiosk>> kiosks;
    for (int id = 0; id < options.kiosks; ++id) {
        kiosks.push_back(std::make_unique<SimulatedKiosk>(id, options, nginx, channel.public_hex(), fleet));
    }
    std::printf("fleet_sim: %d kiosks polling %s every %lld ms +-%.0f %%, pack %s\n", options.kiosks,
                nginx.url("/stable/index.toml").c_str(), static_cast<long long>(options.interval.count()),
                options.jitter * 100, options.pack.c_str());
    const ConnectionSampler sampler(nginx, options.work_dir / "status.txt");
    std::vector<std::thread> threads;
    const auto start_fleet = [&] {
        for (std::size_t i = threads.size(); i < kiosks.size(); ++i) {
            threads.emplace_back([&simulated = *kiosks[i]] { simulated.run(); });
        }
    };
    std::vector<Round> rounds;
    rounds.push_back(run_round(1, "cold start", options, channel, nginx, fleet, start_fleet));
    rounds.push_back(run_round(2, "new pack", options, channel, nginx, fleet, start_fleet));
    {
        const std::lock_guard lock(fleet.mutex);
        fleet.stopping = true;
        fleet.changed.notify_all();
    }
    for (auto& thread : threads) {
        thread.join();
    }
    print_report(rounds, sampler.peak(), fleet.failures.load(), fleet.refusals.load());
}

}  // namespace

int main(int argc, char** argv) {
    const Options options = parse_options(argc, argv);
    fs::remove_all(options.work_dir);
    fs::create_directories(options.work_dir);
    simulate(options);
    fs::remove_all(options.work_dir);
    return 0;
}
