// SPDX-License-Identifier: GPL-3.0-or-later
// A --listen run's section times re-made from the offline alignment of its recording.
#include "core/rehearsal/aligned_run.hpp"

#include "event_helpers.hpp"
#include "test_scripts.hpp"

#include <catch2/catch.hpp>

using namespace podium;
using namespace podium::testing;
using Kind = PrompterEventKind;

namespace {

// Sentences 0 "Opening" (heading), 1, 2 | 3 "Plan" (heading), 4, 5: sections [0,3) and [3,6).
Script two_sections()
{
    return make_script({{"Opening", {{"Good morning.", "Welcome all."}}}, {"Plan", {{"First the budget.", "Then the people."}}}});
}

std::vector<double> reached_times(const RehearsalRun& run)
{
    std::vector<double> out;
    for (const SentenceVisit& visit : run.visits) {
        out.push_back(visit.reached_at);
    }
    return out;
}

} // namespace

TEST_CASE("a listened run's section times become the offline alignment's")
{
    const Script script = two_sections();
    // The live line lagged: it reached each sentence 0.5–3 s after its voice began.
    RehearsalRun live = record(script, {event(Kind::Started, 0.0, 0), event(Kind::SentenceReached, 2.0, 1),
                                           event(Kind::SentenceReached, 6.0, 2), event(Kind::SentenceReached, 12.0, 3),
                                           event(Kind::SentenceReached, 13.0, 4), event(Kind::SentenceReached, 17.0, 5),
                                           event(Kind::Finished, 20.0, 5)});
    live.recording = RunRecording{"run.wav", 0.0};
    REQUIRE(live.sections[0].seconds == Approx(12.0));
    const ScriptAlignment alignment{{{0, 0.4, 1.0}, {1, 1.5, 4.0}, {2, 4.6, 8.0}, {3, 8.8, 9.6}, {4, 10.0, 13.0}, {5, 14.0, 18.5}}, 20.0};

    const RehearsalRun aligned = retime_by_alignment(live, script, alignment);
    REQUIRE(aligned.sections.size() == 2);
    CHECK(aligned.sections[0].seconds == Approx(8.8));
    CHECK(aligned.sections[1].seconds == Approx(20.0 - 8.8));
    CHECK(aligned.sections[1].first_reached_at == Approx(8.8));
    CHECK(aligned.sections[0].status == SectionStatus::Completed);
    CHECK(aligned.sections[1].status == SectionStatus::Completed);
    CHECK(reached_times(aligned) == std::vector<double>{0.0, 1.5, 4.6, 8.8, 10.0, 14.0});
    CHECK(aligned.visits[1].seconds == Approx(3.1));
    CHECK(aligned.visits[1].end == VisitEnd::Next); // a clean reading: calibration takes it
    CHECK(aligned.visits.back().end == VisitEnd::Finish);
    CHECK(aligned.total_seconds == Approx(20.0));
    CHECK(aligned.state == RunState::Finished);
    CHECK(aligned.id == live.id);
    CHECK(aligned.started_at == live.started_at);
}

TEST_CASE("before listening began the live visits stand, and the run's pauses stay out of the section times")
{
    const Script script = two_sections();
    PrompterEvent jump = event(Kind::Jumped, 1.0, 1);
    jump.from_sentence = 0;
    RehearsalRun live = record(script, {event(Kind::Started, 0.0, 0), jump, event(Kind::SentenceReached, 4.0, 2),
                                           event(Kind::SentenceReached, 8.0, 3), event(Kind::Paused, 9.0, 3),
                                           event(Kind::Resumed, 11.0, 3), event(Kind::SentenceReached, 11.5, 4),
                                           event(Kind::SentenceReached, 13.0, 5), event(Kind::Finished, 17.0, 5)});
    // Listening (and the recording) began 3 s into the run.
    live.recording = RunRecording{"run.wav", 3.0};
    live.sections[1].voice = SectionVoiceMeasure{5.0, 1.0, 20.0};
    DeliveryReport delivery;
    delivery.sentences.push_back(SentenceDelivery{});
    live.delivery = delivery;
    const ScriptAlignment alignment{{{2, 0.5, 3.0}, {3, 4.0, 5.0}, {4, 5.5, 8.0}, {5, 9.0, 12.0}}, 14.0};

    const RehearsalRun aligned = retime_by_alignment(live, script, alignment);
    CHECK(reached_times(aligned) == std::vector<double>{0.0, 1.0, 3.5, 7.0, 8.5, 12.0});
    CHECK(aligned.sections[0].seconds == Approx(7.0));
    CHECK(aligned.sections[1].seconds == Approx(17.0 - 7.0 - 2.0)); // the 2 s pause is out
    CHECK(aligned.pauses == live.pauses);
    CHECK(aligned.total_seconds == Approx(15.0));
    CHECK(aligned.visits[4].paused); // the line was on sentence 4 when the speaker paused
    // What the alignment says nothing about is kept.
    CHECK(aligned.jumps == live.jumps);
    CHECK(aligned.sections[1].voice == live.sections[1].voice);
    CHECK(aligned.recording == live.recording);
    CHECK(aligned.delivery == live.delivery);
}

TEST_CASE("a run without a recording or an alignment without spans is left as it was")
{
    const Script script = two_sections();
    RehearsalRun live = record(script, {event(Kind::Started, 0.0, 0), event(Kind::SentenceReached, 2.0, 1),
                                           event(Kind::Finished, 5.0, 1)});
    const ScriptAlignment alignment{{{0, 0.4, 1.0}, {1, 1.5, 4.0}}, 5.0};
    CHECK(retime_by_alignment(live, script, alignment) == live); // no recording
    live.recording = RunRecording{"run.wav", 0.0};
    CHECK(retime_by_alignment(live, script, ScriptAlignment{{}, 5.0}) == live);
}
