#include "app/update_status.h"

namespace kiosk {

const char* update_result_name(UpdateResult result) {
    switch (result) {
        case UpdateResult::not_checked:
            return "not_checked";
        case UpdateResult::not_modified:
            return "not_modified";
        case UpdateResult::up_to_date:
            return "up_to_date";
        case UpdateResult::installed:
            return "installed";
        case UpdateResult::not_in_rollout:
            return "not_in_rollout";
        case UpdateResult::rollback:
            return "rollback";
        case UpdateResult::expired:
            return "expired";
        case UpdateResult::other_pack:
            return "other_pack";
        case UpdateResult::bad_index:
            return "bad_index";
        case UpdateResult::bad_archive:
            return "bad_archive";
        case UpdateResult::archive_mismatch:
            return "archive_mismatch";
        case UpdateResult::failed:
            break;
    }
    return "failed";
}

bool is_failure(UpdateResult result) {
    return result == UpdateResult::failed || result == UpdateResult::archive_mismatch;
}

}  // namespace kiosk
