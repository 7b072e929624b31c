// SPDX-License-Identifier: GPL-3.0-or-later
// LeadSwitch: the one owner of who leads the reading line (the plan clock, the eSpeak voice,
// the microphone), driven here with a real model and scripted sources, no window.
#include "display/display_fixture.hpp"

#include "app/lead_switch.hpp"

#include <catch2/catch.hpp>

using namespace podium;
using namespace podium::test;

namespace {

// A source that reports wherever the test puts it and notes every switch.
class ScriptedSource final : public PositionSource {
public:
    void set_active(bool on, std::size_t sentence) override
    {
        calls.emplace_back(on, sentence);
        active = on;
    }
    [[nodiscard]] std::optional<SpeakerPosition> position() override { return active ? heard : std::nullopt; }
    [[nodiscard]] std::optional<std::string> failure() const override { return broken; }
    void prepare() override { ++prepared; }

    std::vector<std::pair<bool, std::size_t>> calls;
    std::optional<SpeakerPosition> heard;
    std::optional<std::string> broken;
    bool active = false;
    int prepared = 0;
};

struct SwitchedRun {
    SampleFrame sample{"welcome-en.md", 1280, 720};
    PrompterModel model{sample.script, sample.timing, sample.scene->layout(), [this] {
                            PrompterOptions options = sample.options;
                            options.countdown_seconds = 0.0;
                            return options;
                        }()};

    std::vector<std::pair<PrompterEventKind, double>> lead_events()
    {
        std::vector<std::pair<PrompterEventKind, double>> seen;
        for (const PrompterEvent& event : model.take_events()) {
            if (event.kind == PrompterEventKind::SpeechChanged || event.kind == PrompterEventKind::ListenChanged) {
                seen.emplace_back(event.kind, event.value);
            }
        }
        return seen;
    }
};

using K = PrompterEventKind;

} // namespace

TEST_CASE("the plan clock leads until a source is plugged in; S and L swap sources, each toggle back to the plan")
{
    SwitchedRun run;
    ScriptedSource voice;
    ScriptedSource speaker;
    LeadSwitch leads(&voice, &speaker, kNoSpeechInBuild);
    CHECK(voice.prepared == 1); // the voice's engine starts as the window opens, not on S
    CHECK(speaker.prepared == 0); // the microphone opens only when asked for
    CHECK(leads.lead() == Lead::Plan);
    (void)run.model.take_events();

    leads.toggle(Lead::Voice, run.model);
    CHECK(leads.lead() == Lead::Voice);
    CHECK(run.model.view().speech);
    leads.toggle(Lead::Speaker, run.model); // L while the voice speaks: the microphone takes over
    CHECK(leads.lead() == Lead::Speaker);
    CHECK(voice.calls.back().first == false);
    CHECK(speaker.calls.back().first == true);
    CHECK(run.model.view().listening);
    CHECK_FALSE(run.model.view().speech);
    leads.toggle(Lead::Speaker, run.model); // L again: the plan clock
    CHECK(leads.lead() == Lead::Plan);
    CHECK(speaker.calls.back().first == false);
    CHECK(run.lead_events()
        == std::vector<std::pair<K, double>>{{K::SpeechChanged, 1.0}, {K::SpeechChanged, 0.0}, {K::ListenChanged, 1.0},
            {K::ListenChanged, 0.0}});
    CHECK(leads.take_notices().empty());
}

TEST_CASE("a source that cannot start never leads, not even for a frame: no lead events, one notice")
{
    SwitchedRun run;
    ScriptedSource voice;
    voice.broken = "no audio device";
    LeadSwitch leads(&voice, nullptr, kNoSpeechInBuild);
    (void)run.model.take_events();
    leads.toggle(Lead::Voice, run.model);
    CHECK(leads.lead() == Lead::Plan);
    CHECK_FALSE(run.model.view().speech);
    CHECK(run.lead_events().empty());
    CHECK(leads.take_notices() == std::vector<std::string>{"no audio device"});
    leads.toggle(Lead::Speaker, run.model); // no microphone was given
    CHECK(leads.lead() == Lead::Plan);
    const std::vector<std::string> notices = leads.take_notices();
    REQUIRE(notices.size() == 1);
    CHECK(notices.front().find("--listen") != std::string::npos);
}

TEST_CASE("without a voice S says what the run was told to say")
{
    SwitchedRun run;
    LeadSwitch leads(nullptr, nullptr, "Speech is off: no voices");
    leads.toggle(Lead::Voice, run.model);
    CHECK(leads.lead() == Lead::Plan);
    CHECK(leads.take_notices() == std::vector<std::string>{"Speech is off: no voices"});
}

TEST_CASE("the leading source moves the model; the plan clock moves it by the plan alone")
{
    SwitchedRun run;
    ScriptedSource voice;
    LeadSwitch leads(&voice, nullptr, kNoSpeechInBuild);
    run.model.advance(0.5);
    CHECK_FALSE(leads.follow(run.model).has_value()); // the plan clock reports nothing
    leads.request(Lead::Voice, run.model);
    voice.heard = SpeakerPosition{4, 0.25, true, std::nullopt};
    const auto heard = leads.follow(run.model);
    REQUIRE(heard.has_value());
    CHECK(run.model.current_sentence() == 4);
    // The speaker presses "next sentence": the source is re-anchored there on the next frame.
    run.model.apply(CommandKind::NextSentence);
    voice.heard = SpeakerPosition{5, 0.0, true, std::nullopt};
    (void)leads.follow(run.model);
    CHECK(run.model.current_sentence() == 5);
    leads.stop(run.model);
    CHECK(leads.lead() == Lead::Plan);
    CHECK_FALSE(voice.calls.back().first);
    CHECK_FALSE(run.model.view().speech);
}
