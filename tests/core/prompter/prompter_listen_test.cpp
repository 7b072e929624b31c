// SPDX-License-Identifier: GPL-3.0-or-later
// The speaker's own voice leads (L, --listen): the model follows the live position source,
// holds still while the speaker is silent, and never goes back by itself.
#include "core/prompter/prompter_model.hpp"

#include "prompter_fixture.hpp"

#include <catch2/catch.hpp>

using namespace podium;
using namespace podium::testing;

namespace {

SpeakerPosition heard(std::size_t sentence, double fraction, bool speaking)
{
    return SpeakerPosition{sentence, fraction, speaking, VoiceTotals{}};
}

double point(const Timing& timing, std::size_t sentence, double fraction)
{
    return timing.sentences[sentence].start + fraction * timing.sentences[sentence].speaking;
}

} // namespace

TEST_CASE("the model shows the lead it is told and stamps each change; S and L are not its commands")
{
    const PrompterFixture f;
    PrompterModel model = f.model(no_countdown());
    (void)model.take_events();
    model.apply(CommandKind::ToggleListen); // the app's LeadSwitch decides who leads
    model.apply(CommandKind::ToggleSpeech);
    CHECK(model.lead() == Lead::Plan);
    CHECK(model.take_events().empty());
    model.set_lead(Lead::Speaker);
    CHECK(model.view().listening);
    CHECK(model.lead() == Lead::Speaker);
    model.set_lead(Lead::Voice); // the voice takes over from the microphone
    CHECK(model.view().speech);
    CHECK_FALSE(model.view().listening);
    model.set_lead(Lead::Speaker);
    CHECK(model.view().listening);
    CHECK_FALSE(model.view().speech);
    model.set_lead(Lead::Plan);
    CHECK(model.lead() == Lead::Plan);
    std::vector<std::pair<PrompterEventKind, double>> changes;
    for (const PrompterEvent& event : model.take_events()) {
        changes.emplace_back(event.kind, event.value);
    }
    using K = PrompterEventKind;
    const std::vector<std::pair<K, double>> expected = {{K::ListenChanged, 1.0}, {K::SpeechChanged, 1.0},
        {K::ListenChanged, 0.0}, {K::SpeechChanged, 0.0}, {K::ListenChanged, 1.0}, {K::ListenChanged, 0.0}};
    CHECK(changes == expected);
}

TEST_CASE("while listening the reading line waits for the speaker's first words")
{
    const PrompterFixture f;
    PrompterModel model = f.model(no_countdown());
    model.set_lead(Lead::Speaker);
    model.advance(5.0); // no report yet: the plan's clock does not run on its own
    CHECK(model.view().position == 0.0);
    CHECK(model.view().elapsed == Approx(5.0)); // the time still counts
    model.follow(heard(0, 0.5, true));
    CHECK(model.view().position == Approx(point(f.timing, 0, 0.5)));
}

TEST_CASE("while listening the reading line holds still during a pause and moves while the speaker speaks")
{
    const PrompterFixture f;
    PrompterModel model = f.model(no_countdown());
    model.set_lead(Lead::Speaker);
    model.follow(heard(2, 0.25, true));
    const double at = model.view().position;
    CHECK(at == Approx(point(f.timing, 2, 0.25)));
    model.advance(0.1); // speaking: glides on between reports, a little
    CHECK(model.view().position > at);
    CHECK(model.view().position <= at + 0.3 + 1e-9);
    model.follow(heard(2, 0.25, false)); // silent: holds
    const double held = model.view().position;
    for (int i = 0; i < 180; ++i) {
        model.advance(1.0 / 60.0);
    }
    CHECK(model.view().position == held);
    CHECK(model.view().current_sentence == 2);
    model.follow(heard(3, 0.1, true)); // speaking again, further on
    CHECK(model.view().current_sentence == 3);
    CHECK(model.view().position == Approx(point(f.timing, 3, 0.1)));
}

TEST_CASE("while listening a report behind the reading line never moves it back")
{
    const PrompterFixture f;
    PrompterModel model = f.model(no_countdown());
    model.set_lead(Lead::Speaker);
    model.follow(heard(4, 0.5, true));
    const double at = model.view().position;
    model.follow(heard(2, 0.9, true)); // the tracker doubts: the text stays
    CHECK(model.view().current_sentence == 4);
    CHECK(model.view().position >= at);
}

TEST_CASE("the speaker's own jumps are counted so the app can re-anchor the voice")
{
    const PrompterFixture f;
    PrompterModel model = f.model(no_countdown());
    model.set_lead(Lead::Speaker);
    const std::size_t before = model.manual_jumps();
    model.apply(CommandKind::NextSentence);
    model.apply(CommandKind::NextSentence);
    CHECK(model.manual_jumps() == before + 2);
    CHECK(model.current_sentence() == 2);
    model.follow(heard(0, 0.9, true)); // a stale report from before the jump: ignored
    CHECK(model.current_sentence() == 2);
}
