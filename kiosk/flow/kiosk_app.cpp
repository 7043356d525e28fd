#include "flow/kiosk_app.h"

#include <algorithm>

namespace kiosk {
namespace {

// Say-all is asked for more when no more than this many of its utterances are left to hear.
constexpr std::size_t kReadingLowWater = 2;

using TimePoint = Moment::Clock::time_point;

void keep_earliest(std::optional<TimePoint>& next, TimePoint candidate) {
    next = next ? std::min(*next, candidate) : candidate;
}

}  // namespace

KioskApp::KioskApp(KioskHost& host, Settings settings, Moment start)
    : host_(host),
      settings_(std::move(settings)),
      staff_call_(settings_.staff_call_limit),
      headset_(settings_.privacy_needs_headset),
      last_input_(start.now),
      last_invitation_(start.now),
      started_(start.now) {}

void KioskApp::note(AppOutputs& out, const std::string& text, Moment now) {
    LogEntry entry;
    entry.kind = LogEntry::Kind::note;
    entry.at = now.now;
    entry.text = text;
    out.log.push_back(std::move(entry));
}

AppOutputs KioskApp::begin(const Reaction& opening, Moment now) {
    AppOutputs out;
    usage_.settle(host_.kiosk());  // the kiosk's own defaults are nobody's choice
    apply(opening, now, out);
    out.deadline = next_deadline(now);
    return out;
}

AppOutputs KioskApp::step(const AppInputs& inputs, Moment now) {
    AppOutputs out;
    if (inputs.speech_dropped) speech_.forget();
    if (!inputs.speech_events.empty()) {
        for (const SpeechEvent& event : inputs.speech_events) on_speech_event(event, out);
        // Say-all is handed to the driver a few utterances at a time: more only when what
        // is queued runs low, so a page of any length never waits whole in its queue.
        if (speech_.in_flight() <= kReadingLowWater) apply(host_.kiosk().continue_reading(), now, out);
    }
    for (const NamedInput& input : inputs.inputs) {
        if (quitting_) break;
        on_input(input, now, out);
    }
    if (inputs.staff_call_answered && !quitting_) on_staff_call_answer(*inputs.staff_call_answered, now, out);
    if (inputs.headset && !quitting_) on_headset(*inputs.headset, now, out);
    if (inputs.staff_acknowledged && !quitting_) on_staff_acknowledgement(now, out);
    pack_waiting_ = pack_waiting_ || inputs.pack_arrived;
    if (inputs.pack_refused) out.usage.push_back({UsageEvent::Kind::pack_update, "refused", 0});
    if (!quitting_) {
        show_waiting_pack(now, out);
        check_idle(now, out);
    }
    out.quit = quitting_;
    out.deadline = next_deadline(now);
    return out;
}

void KioskApp::on_speech_event(const SpeechEvent& event, AppOutputs& out) {
    const std::optional<Utterance> utterance = speech_.on_event(event);
    if (!utterance) return;  // cut off before it was heard
    LogEntry entry;
    entry.at = event.at;
    entry.id = event.utterance;
    entry.utterance = *utterance;
    if (event.kind == SpeechEvent::Kind::audio_start) {
        entry.kind = LogEntry::Kind::audio_start;
        if (host_.kiosk().follow_reading(*utterance)) out.redraw = true;
        show_in_braille(utterance->display, out);
    } else {
        entry.kind = LogEntry::Kind::done;
    }
    out.log.push_back(std::move(entry));
}

void KioskApp::on_input(const NamedInput& input, Moment now, AppOutputs& out) {
    last_input_ = now.now;
    if (!input.name.empty()) {
        LogEntry entry;
        entry.kind = LogEntry::Kind::key;
        entry.at = now.now;
        entry.text = input.name;
        out.log.push_back(std::move(entry));
    }
    Kiosk& kiosk = host_.kiosk();
    kiosk.set_staff_prompt(settings_.staff_code.has_value());
    kiosk.set_privacy_needs_headset(!headset_.privacy_allowed());
    usage_.before_input(kiosk);
    const Reaction reaction = kiosk.handle(input.input);
    apply(reaction.staff_code ? check_staff_code(*reaction.staff_code, now, out) : reaction, now, out);
    usage_.after_input(host_.kiosk(), input.input, reaction, now, out.usage);
}

// The checker makes each wrong code wait longer before the next one is tried. The right
// code opens the maintenance screen with the facts as they stand now.
Reaction KioskApp::check_staff_code(const std::string& code, Moment now, AppOutputs& out) {
    if (!settings_.staff_code) return {};
    const StaffCodeChecker::Verdict verdict = settings_.staff_code->check(code, now.now);
    if (verdict.outcome == StaffCodeChecker::Outcome::accepted) {
        note(out, "staff maintenance", now);
        MaintenanceFacts facts = host_.maintenance_facts();
        facts.uptime = std::chrono::duration_cast<std::chrono::seconds>(now.now - started_);
        return host_.kiosk().open_maintenance(std::move(facts));
    }
    const bool wrong = verdict.outcome == StaffCodeChecker::Outcome::wrong;
    note(out,
         std::string(wrong ? "wrong staff code" : "staff code too soon") + "; next try in " +
             std::to_string(verdict.wait.count()) + " s",
         now);
    return host_.kiosk().refuse_staff_code(verdict.wait, wrong);
}

// The call is raised by the host (out.staff_call) once per rate limit; a second call
// within it is only told that staff already know.
void KioskApp::call_staff(Moment now, AppOutputs& out) {
    Kiosk& kiosk = host_.kiosk();
    const StaffCall::Decision decision = staff_call_.request(now.now);
    if (decision == StaffCall::Decision::already_sent) {
        note(out, "staff call already sent", now);
        apply(kiosk.tell_staff_call(StaffCall::message_for(decision), std::nullopt), now, out);
        return;
    }
    StaffCallRequest request{screen_kind_name(kiosk.stack().top().screen.kind), kiosk.locale()};
    note(out, "staff call from the " + request.screen + " screen", now);
    out.staff_call = std::move(request);
    apply(kiosk.tell_staff_call(StaffCall::message_for(decision), Earcon::chime), now, out);
}

void KioskApp::on_staff_call_answer(bool ok, Moment now, AppOutputs& out) {
    const std::optional<StaffCall::Answer> answer = staff_call_.answered(ok);
    if (!answer) return;
    note(out, ok ? "staff call received" : "staff call not delivered", now);
    const std::optional<Earcon> earcon = ok ? std::nullopt : std::optional<Earcon>(Earcon::error);
    apply(host_.kiosk().tell_staff_call(StaffCall::message_for(*answer), earcon), now, out);
}

// Staff at the kiosk pressed their key: the resident hears that someone is coming. With no
// call open the key says nothing, so it cannot confuse a resident who did not call.
void KioskApp::on_staff_acknowledgement(Moment now, AppOutputs& out) {
    if (!staff_call_.acknowledged()) {
        note(out, "staff key pressed with no call for staff open", now);
        return;
    }
    note(out, "staff call acknowledged by the staff key", now);
    apply(host_.kiosk().tell_staff_call(StaffCall::kComingMessage, Earcon::chime), now, out);
}

// The host moves speech (out.audio_route) before it hands over the words, and what was
// said on the other side is cut off first, so the notice is the first thing heard there.
// A plug is someone there: it counts as input for the idle timer.
void KioskApp::on_headset(bool headset, Moment now, AppOutputs& out) {
    Kiosk& kiosk = host_.kiosk();
    const std::optional<HeadsetListening::Change> change = headset_.jack_reports(headset, kiosk.preferences().privacy);
    if (!change) return;
    last_input_ = now.now;
    cancel_speech(now, out, true);
    out.audio_route = change->route;
    if (change->route == AudioRoute::headset) {
        note(out, "headset plugged in", now);
        apply(kiosk.headset_plugged(change->message), now, out);
        return;
    }
    note(out, change->ends_privacy ? "headset unplugged; privacy mode ends" : "headset unplugged", now);
    apply(kiosk.headset_unplugged(change->message, change->ends_privacy), now, out);
}

// A checked pack waits until nobody has touched the kiosk for a while, so no resident
// sees the text change under them; then it replaces the old one whole.
void KioskApp::show_waiting_pack(Moment now, AppOutputs& out) {
    if (!pack_waiting_ || now.now - last_input_ < settings_.update_idle) return;
    cancel_speech(now, out, false);  // nobody is there to hear it
    usage_.end_session(SessionEnding::pack_update, out.usage);
    host_.show_waiting_pack();
    usage_.settle(host_.kiosk());
    out.usage.push_back({UsageEvent::Kind::pack_update, "shown", 0});
    pack_waiting_ = false;
    out.redraw = true;
    out.pack_shown = true;
}

// Nobody has touched the kiosk: first a warning that counts down, which any input takes
// away; then everything goes back to the start, the home screen, which after a while
// gives way to the attract screen. While nobody uses it the kiosk invites the next
// person now and then, but not in the quiet hours.
void KioskApp::check_idle(Moment now, AppOutputs& out) {
    const IdlePolicy& idle = settings_.idle;
    Kiosk& kiosk = host_.kiosk();
    if (kiosk.at_rest()) {
        if (!kiosk.showing_attract() && now.now - last_input_ >= idle.attract_after)
            apply(kiosk.show_attract(), now, out);
        if (idle.invite_every.count() == 0 || now.now - last_invitation_ < idle.invite_every) return;
        last_invitation_ = now.now;
        if (!idle.is_quiet_hour(now.local_hour)) apply(kiosk.invite(), now, out);
        return;
    }
    if (idle.timeout.count() == 0 || now.now - last_input_ < idle.timeout) return;
    const auto left = idle.timeout + idle.warning - (now.now - last_input_);
    if (left <= Moment::Clock::duration::zero()) {
        cancel_speech(now, out, false);
        note(out, "idle reset", now);
        usage_.end_session(SessionEnding::idle_reset, out.usage);
        last_invitation_ = now.now;
        last_input_ = now.now;  // the attract screen follows a while after the reset
        apply(host_.reset(), now, out);
        usage_.settle(host_.kiosk());
        return;
    }
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(left + std::chrono::milliseconds(999));
    if (kiosk.idle_warning() != static_cast<int>(seconds.count())) {
        apply(kiosk.warn_idle(static_cast<int>(seconds.count())), now, out);
    }
}

std::optional<TimePoint> KioskApp::next_deadline(Moment now) const {
    std::optional<TimePoint> next = next_idle_deadline(now);
    if (pack_waiting_) keep_earliest(next, last_input_ + settings_.update_idle);
    return next;
}

// The next moment the idle logic has something to do: the warning, a tick of its
// countdown, the reset, or an invitation on the attract screen.
std::optional<TimePoint> KioskApp::next_idle_deadline(Moment now) const {
    const IdlePolicy& idle = settings_.idle;
    Kiosk& kiosk = host_.kiosk();
    if (kiosk.at_rest()) {
        std::optional<TimePoint> next;
        if (idle.invite_every.count() != 0) next = last_invitation_ + idle.invite_every;
        if (!kiosk.showing_attract()) keep_earliest(next, last_input_ + idle.attract_after);
        return next;
    }
    if (idle.timeout.count() == 0) return std::nullopt;
    const auto warn_at = last_input_ + idle.timeout;
    if (now.now < warn_at) return warn_at;
    const auto elapsed = std::chrono::duration_cast<std::chrono::seconds>(now.now - warn_at) + std::chrono::seconds(1);
    return warn_at + elapsed;  // the next whole second of the countdown
}

void KioskApp::apply(const Reaction& reaction, Moment now, AppOutputs& out) {
    if (reaction.redraw) out.redraw = true;
    if (reaction.exit_kiosk) {
        note(out, "staff exit", now);
        usage_.end_session(SessionEnding::staff_exit, out.usage);
        quitting_ = true;
        return;
    }
    if (reaction.switch_locale) {
        note(out, "language " + *reaction.switch_locale, now);
        usage_.language_chosen(*reaction.switch_locale);
        apply(host_.switch_locale(*reaction.switch_locale), now, out);
        return;
    }
    if (reaction.call_staff) {
        call_staff(now, out);
        return;
    }
    if (reaction.toggle_pause) {
        paused_ = !paused_;
        out.speech.push_back(PauseSpeech{paused_});
    }
    speak(reaction.speech, reaction.earcon, now, out);
    // The braille display shows an item when it is asked for, not when its speech begins,
    // as screen readers do; what follows without interrupting (say-all) is shown as heard.
    if (!reaction.speech.empty() && reaction.speech.front().interrupt == Interrupt::yes) {
        show_in_braille(reaction.speech.front().utterance.display, out);
    } else if (reaction.speech.empty() && !reaction.unheard.empty()) {
        show_in_braille(reaction.unheard, out);
    }
}

void KioskApp::show_in_braille(const std::string& text, AppOutputs& out) {
    out.braille = BrailleText{text, host_.kiosk().locale()};
}

// One sequence per run of requests that do not interrupt; an interrupting request first
// cancels what is queued and logs what it cut off.
void KioskApp::speak(const std::vector<SpeechRequest>& requests, std::optional<Earcon> earcon, Moment now,
                     AppOutputs& out) {
    SpeechSequence sequence;
    bool has_words = false;
    auto hand_over = [&] {
        if (sequence.empty()) return;
        if (paused_) {  // speaking anew resumes
            paused_ = false;
            out.speech.push_back(PauseSpeech{false});
        }
        out.speech.push_back(std::move(sequence));
        sequence.clear();
        has_words = false;
    };
    if (earcon) {
        LogEntry entry;
        entry.kind = LogEntry::Kind::earcon;
        entry.at = now.now;
        entry.earcon = *earcon;
        out.log.push_back(std::move(entry));
        sequence.push_back(EarconCommand{*earcon});
    }
    for (const SpeechRequest& request : requests) {
        if (request.interrupt == Interrupt::yes) {
            if (has_words) hand_over();
            cancel_speech(now, out, true);
        }
        const std::uint64_t id = speech_.queue(request.utterance);
        LogEntry entry;
        entry.kind = LogEntry::Kind::speak;
        entry.at = now.now;
        entry.id = id;
        entry.utterance = request.utterance;
        out.log.push_back(std::move(entry));
        sequence.push_back(SpeakCommand{id, request.utterance});
        has_words = true;
    }
    hand_over();
}

void KioskApp::cancel_speech(Moment now, AppOutputs& out, bool log_cut) {
    out.speech.push_back(CancelSpeech{});
    const auto cut = speech_.cut();
    if (!log_cut || !cut) return;
    LogEntry entry;
    entry.kind = LogEntry::Kind::cancel;
    entry.at = now.now;
    entry.id = cut->first;
    entry.utterance = cut->second;
    out.log.push_back(std::move(entry));
}

}  // namespace kiosk
