// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/i18n/translate.hpp"
#include "core/prompter/plan_clock.hpp"
#include "core/prompter/position_source.hpp"
#include "core/prompter/prompter_model.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace podium {

// What S says when there is no voice to speak with.
inline constexpr const char* kNoSpeechInBuild = N_("Speech is not available in this build");

// Who leads the reading line, held here and nowhere else: one PositionSource is plugged in at a
// time — the plan clock (timed scrolling at the plan's pace), the eSpeak voice or the speaker's
// own voice (the microphone). S and L (keys, operator, phone) and --speak / --listen ask for a
// lead here; a source that cannot start, or fails while it leads, hands the lead back to the
// plan clock, so scrolling never waits for a silent voice. The model is told the lead (it
// extrapolates between reports by it and stamps SpeechChanged / ListenChanged), never asked.
class LeadSwitch {
public:
    // `voice`: the eSpeak voice, started in the background now so S does not wait; null: S says
    // `voice_unavailable`. `speaker`: the microphone; null: L says listening is not available.
    LeadSwitch(PositionSource* voice, PositionSource* speaker, std::string voice_unavailable);
    // It points at its own plan clock: neither copied nor moved.
    LeadSwitch(const LeadSwitch&) = delete;
    LeadSwitch& operator=(const LeadSwitch&) = delete;

    [[nodiscard]] Lead lead() const { return m_lead; }
    [[nodiscard]] bool has(Lead lead) const { return lead == Lead::Plan || source_for(lead) != nullptr; }

    // Plugs in `wanted`'s source from the model's current sentence (the previous one stops).
    // One that is missing or cannot start leaves the plan clock leading and says why.
    void request(Lead wanted, PrompterModel& model);
    // S / L: `lead` leads, or the plan again when it already does.
    void toggle(Lead lead, PrompterModel& model) { request(m_lead == lead ? Lead::Plan : lead, model); }

    // Before the model advances by a frame: re-anchors the source on the speaker's own moves,
    // reports its failure once, and moves the model to where it says the speaker is. Returns
    // that position when the leading source reported one this frame.
    std::optional<SpeakerPosition> follow(PrompterModel& model);

    // The run ends: the leading source stops, the plan clock leads.
    void stop(PrompterModel& model);

    // Messages for the screen (why a source could not lead), oldest first, once.
    [[nodiscard]] std::vector<std::string> take_notices();

private:
    [[nodiscard]] PositionSource* source_for(Lead lead) const;
    void plug(Lead lead, PositionSource& source, PrompterModel& model);

    PlanClock m_plan;
    PositionSource* m_voice;
    PositionSource* m_speaker;
    std::string m_voice_unavailable;
    Lead m_lead = Lead::Plan;
    PositionSource* m_leading = &m_plan;        // never null: the plan clock when nothing else leads
    std::size_t m_seen_jumps = 0;               // the model's manual jumps already anchored
    std::optional<std::string> m_shown_failure; // the leading source's failure already shown
    bool m_reported = false;                    // the leading source has reported a position
    std::vector<std::string> m_notices;
};

} // namespace podium
