#include "platform/alsa_headset_jack.h"

#include <alsa/asoundlib.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <cstdint>
#include <cstring>

namespace kiosk {
namespace {

bool ends_with(const std::string& text, const std::string& end) {
    return text.size() >= end.size() && text.compare(text.size() - end.size(), end.size(), end) == 0;
}

bool reads_on(snd_hctl_elem_t* jack) {
    snd_ctl_elem_value_t* value = nullptr;
    if (snd_ctl_elem_value_malloc(&value) < 0) return false;
    const bool on = snd_hctl_elem_read(jack, value) == 0 && snd_ctl_elem_value_get_boolean(value, 0) != 0;
    snd_ctl_elem_value_free(value);
    return on;
}

bool is_boolean(snd_hctl_elem_t* element) {
    snd_ctl_elem_info_t* info = nullptr;
    if (snd_ctl_elem_info_malloc(&info) < 0) return false;
    const bool boolean =
        snd_hctl_elem_info(element, info) == 0 && snd_ctl_elem_info_get_type(info) == SND_CTL_ELEM_TYPE_BOOLEAN;
    snd_ctl_elem_info_free(info);
    return boolean;
}

// The item an enumerated control is set to ("Disabled", "Enabled"); empty if unreadable.
std::string enumerated_item(snd_hctl_elem_t* element) {
    snd_ctl_elem_info_t* info = nullptr;
    snd_ctl_elem_value_t* value = nullptr;
    std::string item;
    if (snd_ctl_elem_info_malloc(&info) == 0 && snd_ctl_elem_value_malloc(&value) == 0 &&
        snd_hctl_elem_info(element, info) == 0 && snd_ctl_elem_info_get_type(info) == SND_CTL_ELEM_TYPE_ENUMERATED &&
        snd_hctl_elem_read(element, value) == 0) {
        snd_ctl_elem_info_set_item(info, snd_ctl_elem_value_get_enumerated(value, 0));
        if (snd_hctl_elem_info(element, info) == 0) item = snd_ctl_elem_info_get_item_name(info);
    }
    snd_ctl_elem_value_free(value);
    snd_ctl_elem_info_free(info);
    return item;
}

}  // namespace

bool is_headset_jack_name(const std::string& name) {
    if (!ends_with(name, " Jack")) return false;
    return name.find("Headphone") != std::string::npos || name.find("Headset") != std::string::npos;
}

struct AlsaHeadsetJack::Cards {
    struct Card {
        std::string name;  // "hw:0"
        snd_hctl_t* hctl = nullptr;
        std::vector<snd_hctl_elem_t*> jacks;
    };
    std::vector<Card> open;

    ~Cards() {
        for (Card& card : open) snd_hctl_close(card.hctl);
    }

    bool present() const {
        for (const Card& card : open) {
            for (snd_hctl_elem_t* jack : card.jacks) {
                if (reads_on(jack)) return true;
            }
        }
        return false;
    }
};

AlsaHeadsetJack::AlsaHeadsetJack(ChangeSink changed) : changed_(std::move(changed)), cards_(std::make_unique<Cards>()) {
    for (int index = -1; snd_card_next(&index) == 0 && index >= 0;) {
        Cards::Card card;
        card.name = "hw:" + std::to_string(index);
        // Loading the controls also subscribes to their events.
        if (snd_hctl_open(&card.hctl, card.name.c_str(), SND_CTL_NONBLOCK) < 0) continue;
        if (snd_hctl_load(card.hctl) < 0) {
            snd_hctl_close(card.hctl);
            continue;
        }
        for (snd_hctl_elem_t* element = snd_hctl_first_elem(card.hctl); element != nullptr;
             element = snd_hctl_elem_next(element)) {
            const std::string name = snd_hctl_elem_get_name(element);
            const snd_ctl_elem_iface_t interface = snd_hctl_elem_get_interface(element);
            if (interface == SND_CTL_ELEM_IFACE_CARD && is_headset_jack_name(name) && is_boolean(element)) {
                card.jacks.push_back(element);
                findings_.push_back("headset jack: '" + name + "' on " + card.name);
            }
            if (interface == SND_CTL_ELEM_IFACE_MIXER && name == "Auto-Mute Mode" &&
                enumerated_item(element) == "Disabled") {
                without_auto_mute_.push_back(card.name);
            }
        }
        if (card.jacks.empty()) {
            snd_hctl_close(card.hctl);
            continue;
        }
        cards_->open.push_back(std::move(card));
    }
    if (cards_->open.empty()) {
        findings_.push_back("no headset jack: no sound card has a headphone jack control");
        without_auto_mute_.clear();
        return;
    }
    present_.store(cards_->present());
    stop_fd_ = eventfd(0, EFD_CLOEXEC);
    if (stop_fd_ < 0) {
        findings_.push_back(std::string("cannot watch the headset jack: ") + std::strerror(errno));
        return;
    }
    thread_ = std::thread([this] { run(); });
}

AlsaHeadsetJack::~AlsaHeadsetJack() {
    if (thread_.joinable()) {
        const std::uint64_t one = 1;
        (void)!write(stop_fd_, &one, sizeof one);
        thread_.join();
    }
    if (stop_fd_ >= 0) close(stop_fd_);
}

bool AlsaHeadsetJack::is_watching() const { return thread_.joinable(); }

// Sleeps until a card's controls have events or the stop descriptor is written. Each wake
// takes the events (which brings the controls' values up to date) and reads the jacks.
void AlsaHeadsetJack::run() {
    std::vector<pollfd> fds;
    for (const Cards::Card& card : cards_->open) {
        const int count = snd_hctl_poll_descriptors_count(card.hctl);
        if (count <= 0) continue;
        const std::size_t first = fds.size();
        fds.resize(first + static_cast<std::size_t>(count));
        snd_hctl_poll_descriptors(card.hctl, &fds[first], static_cast<unsigned>(count));
    }
    fds.push_back({stop_fd_, POLLIN, 0});
    for (;;) {
        if (poll(fds.data(), fds.size(), -1) < 0) continue;  // a signal
        if ((fds.back().revents & POLLIN) != 0) return;
        // A card that went away reports an error for good: poll() leaves a negative
        // descriptor alone, so it cannot wake the thread over and over.
        for (pollfd& fd : fds) {
            if ((fd.revents & (POLLERR | POLLHUP | POLLNVAL)) != 0) fd.fd = -1;
        }
        for (const Cards::Card& card : cards_->open) snd_hctl_handle_events(card.hctl);
        const bool present = cards_->present();
        if (present_.exchange(present) != present) changed_();
    }
}

}  // namespace kiosk
