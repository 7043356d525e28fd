#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace kiosk {

// What the last check of the pack channel came to. A failure is a check without a usable
// answer (tried again with backoff); every other result is the server's answer, taken or
// refused for a reason that will not change until the channel does.
enum class UpdateResult {
    not_checked,       // no check since the kiosk started
    not_modified,      // 304 Not Modified: the index is the one already judged (the status keeps its verdict)
    up_to_date,        // the index names the installed sequence
    installed,         // a newer pack was downloaded, checked and installed
    not_in_rollout,    // a newer pack, not yet for this kiosk (staged rollout)
    rollback,          // refused: an index older than the installed one
    expired,           // refused: an index past its expiry (freeze)
    other_pack,        // refused: an index of another pack or channel (mix-and-match)
    bad_index,         // refused: an index unsigned, wrongly signed or malformed
    bad_archive,       // refused: an archive unsigned, wrongly signed, or a pack the kiosk's check refuses
    archive_mismatch,  // a download whose size or SHA-256 is not the index's (tried again)
    failed,            // no answer, an HTTP error, a timeout, a full disk (tried again)
};

// Every result, in declaration order, for the metrics' one series per result.
inline constexpr UpdateResult kUpdateResults[] = {
    UpdateResult::not_checked,    UpdateResult::not_modified, UpdateResult::up_to_date,       UpdateResult::installed,
    UpdateResult::not_in_rollout, UpdateResult::rollback,     UpdateResult::expired,          UpdateResult::other_pack,
    UpdateResult::bad_index,      UpdateResult::bad_archive,  UpdateResult::archive_mismatch, UpdateResult::failed};

// The result's name in the metrics' label: "not_modified", "rollback", ...
const char* update_result_name(UpdateResult result);

// Tried again with backoff: the server gave no usable answer.
bool is_failure(UpdateResult result);

// The pack update client's state, for the maintenance screen and the metrics.
struct UpdateStatus {
    std::string channel;
    std::optional<std::chrono::system_clock::time_point> last_check;
    UpdateResult last_result = UpdateResult::not_checked;
    std::string last_message;              // the last result in words, as the log has it
    std::uint64_t installed_sequence = 0;  // 0: nothing installed from the channel yet
};

}  // namespace kiosk
