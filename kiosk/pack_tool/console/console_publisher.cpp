#include "pack_tool/console/console_publisher.h"

#include <fstream>
#include <optional>
#include <sstream>

#include "core/content/pack_loader.h"
#include "pack_tool/console/child_program.h"
#include "pack_tool/console/confined_path.h"
#include "pack_tool/pack_diff.h"

namespace fs = std::filesystem;

namespace kiosk {
namespace {

constexpr std::chrono::minutes kLongestPublish{5};

std::optional<std::string> slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

// Copies the pack's text files into a fresh folder, then puts it in place of `to`.
Status copy_pack(const fs::path& from, const fs::path& to) {
    const fs::path fresh = to.string() + ".new";
    std::error_code ec;
    fs::remove_all(fresh, ec);
    for (auto it = fs::recursive_directory_iterator(from, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec)) {
        if (!it->is_regular_file() || it->is_symlink()) continue;
        const fs::path relative = fs::relative(it->path(), from);
        fs::create_directories(fresh / relative.parent_path(), ec);
        if (!ec) fs::copy_file(it->path(), fresh / relative, ec);
        if (ec) break;
    }
    if (ec) return failure(Error(fresh.string(), "cannot copy the pack: " + ec.message()));
    fs::remove_all(to, ec);
    fs::rename(fresh, to, ec);
    if (ec) return failure(Error(to.string(), "cannot keep the published copy: " + ec.message()));
    return {};
}

}  // namespace

ConsolePublisher::ConsolePublisher(PublishPlace place) : place_(std::move(place)) {}

Status ConsolePublisher::keep_starting_point() {
    const std::lock_guard lock(mutex_);
    std::error_code ec;
    if (fs::exists(published_dir(), ec)) return {};
    fs::create_directories(place_.state_dir, ec);
    return copy_pack(place_.pack_dir, published_dir());
}

std::string ConsolePublisher::file_state(const std::string& relative) const {
    const auto now = slurp(place_.pack_dir / relative);
    if (!now) return "missing";
    const auto then = slurp(published_dir() / relative);
    return then && *then == *now ? "present" : "changed";
}

Result<std::vector<std::string>> ConsolePublisher::changes() const {
    PackLoadResult old_pack = load_pack(published_dir().string());
    PackLoadResult new_pack = load_pack(place_.pack_dir.string());
    if (!old_pack.pack) return failure("the last published copy of the pack does not load");
    if (!new_pack.pack) return failure("the pack has errors: fix them first (see the check)");
    return diff_packs(*old_pack.pack, *new_pack.pack);
}

Result<ConsolePublisher::Published> ConsolePublisher::publish() {
    const std::lock_guard lock(mutex_);
    if (place_.key_file.empty()) {
        return failure("no signing key: start the console with --key NAME.key (see kiosk-pack keygen)");
    }
    auto ran = run_program({place_.tool_program, "publish", place_.pack_dir.string(), place_.channel_dir.string(),
                            "--key", place_.key_file, "--channel", place_.channel},
                           {}, kLongestPublish);
    if (!ran) return failure(ran.error());
    const std::string report = ran->out + ran->err;
    if (ran->exit_status != 0) return failure(report.empty() ? std::string("kiosk-pack publish failed") : report);
    // "... as sequence N: archives/<sha>.kpack (...)": the archive kiosks will fetch.
    std::string archive;
    if (const std::size_t at = ran->out.find("archives/"); at != std::string::npos) {
        archive = (place_.channel_dir / place_.channel / ran->out.substr(at, ran->out.find(' ', at) - at)).string();
    }
    if (Status kept = copy_pack(place_.pack_dir, published_dir()); !kept) return failure(kept.error());
    return Published{report, archive};
}

}  // namespace kiosk
