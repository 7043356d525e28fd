// A fleet of simulated kiosks polling one nginx (scripts/fleet-sim.sh runs it). Each kiosk
// is a thread with its own CurlFetcher and its own ETag, polling a channel index at a
// jittered interval and fetching the archive the index names when it is not the one it
// holds. The program publishes a first archive (a cold start: every kiosk fetches it),
// then a second one, and measures how long after each publish every kiosk has it, what
// nginx served (its access log), the share of index polls answered 304 Not Modified, and
// the peak of nginx's open connections (stub_status, sampled, and the log's count).
//
//   fleet_sim [--kiosks N] [--interval-ms MS] [--jitter FRACTION] [--archive-kib KIB]
//             [--steady-polls N] [--work-dir DIR]
#include <unistd.h>
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
    std::size_t archive_bytes = 256 * 1024;
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
        } else if (name == "--archive-kib") {
            options.archive_bytes = std::stoul(value) * 1024;
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

// The published tree: archives/NAME.kpack, then channel/stable/index, replaced atomically
// (written aside, renamed over), as a publisher must so no kiosk reads half an index.
class Channel {
public:
    Channel(fs::path root, std::size_t archive_bytes) : root_(std::move(root)), archive_bytes_(archive_bytes) {
        fs::create_directories(root_ / "archives");
        fs::create_directories(root_ / "channel/stable");
    }
    // The archive goes up first, so an index never names an archive that is not there.
    std::string add_archive(int sequence) const {
        std::string name = "archives/pack-" + std::to_string(sequence) + ".kpack";
        std::string body(archive_bytes_, '\0');
        std::mt19937 random(static_cast<unsigned>(sequence));
        std::generate(body.begin(), body.end(), [&] { return static_cast<char>(random()); });
        std::ofstream(root_ / name, std::ios::binary) << body;
        return name;
    }
    void write_index(int sequence, const std::string& archive) const {
        const fs::path aside = root_ / "channel/stable/.index.new";
        std::ofstream(aside) << "sequence " << sequence << "\narchive " << archive << "\n";
        fs::rename(aside, root_ / "channel/stable/index");
    }

private:
    fs::path root_;
    std::size_t archive_bytes_;
};

// What all kiosks have done, shared with the main thread.
struct Fleet {
    std::mutex mutex;
    std::condition_variable changed;
    bool stopping = false;
    std::string target;  // the archive every kiosk should end up with
    Clock::time_point published_at;
    int holding_target = 0;
    std::vector<double> seconds_to_target;  // per kiosk, since the publish
    std::atomic<long> failures{0};
};

std::string archive_named_by(const std::string& index) {
    const auto at = index.find("archive ");
    if (at == std::string::npos) {
        return {};
    }
    const auto end = index.find('\n', at);
    return index.substr(at + 8, end - at - 8);
}

class SimulatedKiosk {
public:
    SimulatedKiosk(int id, const Options& options, const kiosk::testing::NginxServer& nginx, Fleet& fleet)
        : id_(id), options_(options), nginx_(nginx), fleet_(fleet), random_(static_cast<unsigned>(id) * 7919U) {}

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
    [[nodiscard]] Clock::duration scaled(double factor) const {
        return std::chrono::duration_cast<Clock::duration>(options_.interval * factor);
    }
    bool wait_until(Clock::time_point when) {
        std::unique_lock lock(fleet_.mutex);
        return !fleet_.changed.wait_until(lock, when, [this] { return fleet_.stopping; });
    }
    [[nodiscard]] FetchRequest request(const std::string& path, const std::string& staging) const {
        FetchRequest request;
        request.url = nginx_.url(path);
        request.staging_path = (options_.work_dir / "staging" / (std::to_string(id_) + staging)).string();
        request.max_bytes = 64 * 1024 * 1024;
        return request;
    }
    // The ETag is kept only once the archive it names is held, so a failed archive
    // download is retried at the next poll instead of hidden behind a 304.
    void poll() {
        FetchRequest index_request = request("/channel/stable/index", ".index");
        index_request.if_none_match = etag_;
        const FetchResult index = fetcher_.fetch(index_request);
        if (index.outcome == FetchResult::Outcome::failed) {
            ++fleet_.failures;
        }
        if (index.outcome != FetchResult::Outcome::fetched) {
            return;
        }
        const std::string archive = archive_named_by(read_text(index_request.staging_path));
        fs::remove(index_request.staging_path);
        if (archive != held_) {
            const FetchResult body = fetcher_.fetch(request("/" + archive, ".kpack"));
            fs::remove(options_.work_dir / "staging" / (std::to_string(id_) + ".kpack"));
            if (body.outcome != FetchResult::Outcome::fetched) {
                ++fleet_.failures;
                return;
            }
            held_ = archive;
            report_held();
        }
        etag_ = index.etag;
    }
    void report_held() {
        const std::lock_guard lock(fleet_.mutex);
        if (held_ == fleet_.target) {
            fleet_.seconds_to_target[id_] = std::chrono::duration<double>(Clock::now() - fleet_.published_at).count();
            ++fleet_.holding_target;
            fleet_.changed.notify_all();
        }
    }

    int id_;
    const Options& options_;
    const kiosk::testing::NginxServer& nginx_;
    Fleet& fleet_;
    std::mt19937 random_;
    CurlFetcher fetcher_;
    std::string etag_;
    std::string held_;
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
        const bool index = uri.find("/channel/") == 0;
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

// Publishes archive `sequence`, waits until every kiosk holds it (at most 60 intervals),
// then lets the fleet poll quietly for a few intervals, and counts what nginx served.
Round run_round(int sequence, const std::string& label, const Options& options, const Channel& channel,
                const kiosk::testing::NginxServer& nginx, Fleet& fleet, const std::function<void()>& start_fleet) {
    Round round{label};
    const std::size_t log_from = nginx.access_log_lines().size();
    const std::string archive = channel.add_archive(sequence);
    const auto started = Clock::now();
    {
        const std::lock_guard lock(fleet.mutex);
        fleet.target = archive;
        fleet.holding_target = 0;
        std::fill(fleet.seconds_to_target.begin(), fleet.seconds_to_target.end(), 0.0);
        fleet.published_at = started;
    }
    channel.write_index(sequence, archive);
    start_fleet();
    {
        std::unique_lock lock(fleet.mutex);
        round.converged =
            fleet.changed.wait_for(lock, options.interval * 60, [&] { return fleet.holding_target == options.kiosks; });
        std::vector<double> times = fleet.seconds_to_target;
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

void print_report(const std::vector<Round>& rounds, int sampled_peak, long failures) {
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
    std::printf("peak open connections sampled from stub_status: %d; failed fetches: %ld\n", sampled_peak, failures);
}

// Two rounds, a cold start and a new pack, with nginx, the sampler and the fleet stopped
// before it returns.
void simulate(const Options& options) {
    const Channel channel(options.work_dir / "www", options.archive_bytes);
    const kiosk::testing::NginxServer nginx(options.work_dir / "www", options.work_dir / "nginx",
                                            options.kiosks * 2 + 64);
    Fleet fleet;
    fleet.seconds_to_target.assign(static_cast<std::size_t>(options.kiosks), 0.0);
    std::vector<std::unique_ptr<SimulatedKiosk>> kiosks;
    for (int id = 0; id < options.kiosks; ++id) {
        kiosks.push_back(std::make_unique<SimulatedKiosk>(id, options, nginx, fleet));
    }
    std::printf("fleet_sim: %d kiosks polling %s every %lld ms +-%.0f %%, archive %zu KiB\n", options.kiosks,
                nginx.url("/channel/stable/index").c_str(), static_cast<long long>(options.interval.count()),
                options.jitter * 100, options.archive_bytes / 1024);
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
    print_report(rounds, sampler.peak(), fleet.failures.load());
}

}  // namespace

int main(int argc, char** argv) {
    const Options options = parse_options(argc, argv);
    fs::remove_all(options.work_dir);
    fs::create_directories(options.work_dir / "staging");
    simulate(options);
    fs::remove_all(options.work_dir);
    return 0;
}
