// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/follow/follow_log.hpp"

#include <catch2/catch.hpp>

using namespace podium;

namespace {

Script two_sections()
{
    return build_script("# One\n\nFirst sentence here. Second one.\n\n# Two\n\nThird and last.\n", ScriptFormat::Markdown);
}

FollowLog log_of(std::initializer_list<FollowPosition> positions)
{
    FollowLog log;
    double t = 0.0;
    for (const FollowPosition& position : positions) {
        log.add(t += 0.25, position);
    }
    return log;
}

} // namespace

TEST_CASE("a cue runs from the step the line reached a sentence to its last voiced step")
{
    const FollowLog log = log_of({{0, 0.1, true}, {0, 0.9, true}, {0, 1.0, false}, {1, 0.5, true}, {1, 1.0, false}, {1, 1.0, false}});
    const std::vector<FollowCue> cues = log.cues();
    REQUIRE(cues.size() == 2);
    CHECK(cues[0] == FollowCue{0, 0.0, 0.5});
    CHECK(cues[1] == FollowCue{1, 0.75, 1.0});
}

TEST_CASE("a sentence never voiced has no cue and no speaking time")
{
    const FollowLog log = log_of({{0, 0.5, true}, {2, 0.5, true}});
    const std::vector<FollowCue> cues = log.cues();
    REQUIRE(cues.size() == 2);
    CHECK(cues[1].sentence == 2);
    const std::vector<double> seconds = log.speaking_seconds(3);
    CHECK(seconds == std::vector<double>{0.25, 0.0, 0.25});
}

TEST_CASE("the rehearsal events reach every sentence passed, enter sections and finish")
{
    const Script script = two_sections();
    REQUIRE(script.sentences.size() == 5); // two headings, three body sentences
    const FollowLog log = log_of({{0, 1.0, true}, {1, 0.5, true}, {4, 0.5, true}, {4, 1.0, false}});
    const std::vector<PrompterEvent> events = log.rehearsal_events(script);
    std::vector<PrompterEventKind> kinds;
    std::vector<std::size_t> sentences;
    for (const PrompterEvent& event : events) {
        kinds.push_back(event.kind);
        sentences.push_back(event.sentence);
    }
    using K = PrompterEventKind;
    CHECK(kinds == std::vector<K>{K::Started, K::SentenceReached, K::SentenceReached, K::SentenceReached, K::SectionEntered, K::SentenceReached, K::Finished});
    CHECK(sentences == std::vector<std::size_t>{0, 1, 2, 3, 3, 4, 4});
    CHECK(events.back().wall == 1.0);
    CHECK(events[4].section == 1);
}
