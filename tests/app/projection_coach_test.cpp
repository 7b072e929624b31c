// SPDX-License-Identifier: GPL-3.0-or-later
// --project with the live coach: the cue shows on the projector (off the reading line), in the
// operator window's timers and preview, and goes to the phone (offscreen video driver).
#include "display/display_fixture.hpp"
#include "app/projection_app.hpp"

#include <catch2/catch.hpp>

using namespace podium;

namespace {

// The phone's side of the frame loop, as far as the cue goes.
class CuePort final : public RemotePort {
public:
    void take_commands(std::vector<Command>&) override {}
    void publish(const PrompterView&, const std::vector<double>&, bool) override { ++published; }
    void publish_cue(std::string kind, std::string text) override
    {
        if (!kind.empty() && kinds.empty()) {
            first_text = text;
        }
        if (!kind.empty()) {
            kinds.push_back(std::move(kind));
        }
    }
    [[nodiscard]] const RemotePairing& pairing() const override { return m_pairing; }
    std::vector<std::string> kinds;
    std::string first_text;
    int published = 0;

private:
    RemotePairing m_pairing;
};

long pixels_of(const FrameImage& image, SDL_Color colour, int x0, int y0, int x1, int y1)
{
    long count = 0;
    for (int y = std::max(0, y0); y < std::min(image.height, y1); ++y) {
        for (int x = std::max(0, x0); x < std::min(image.width, x1); ++x) {
            const std::uint8_t* p = image.pixel(x, y);
            count += p[0] == colour.r && p[1] == colour.g && p[2] == colour.b;
        }
    }
    return count;
}

} // namespace

TEST_CASE("with --project, a section run long is cued on the projector, in the operator window and to the phone",
    "[coach]")
{
    const SdlSubsystem video(SDL_INIT_VIDEO | SDL_INIT_EVENTS);
    const TtfLibrary ttf;
    const Script script = test::load_sample("welcome-en.md");
    const Timing timing = estimate_timing(script, PaceProfile{});
    const FontChoice font = locate_font(font_folders());
    ProjectionOptions options;
    options.title = "Podium test";
    options.prompter.font_size = 40;
    options.coach = CoachMode::Quiet;
    options.coach_settings.over_min = 1.0; // the sample's sections are a few seconds long
    options.displays = [] {
        DisplayDescription laptop;
        laptop.name = "Laptop";
        laptop.width = 1280;
        laptop.height = 800;
        laptop.primary = true;
        return std::vector<DisplayDescription>{laptop};
    };
    ProjectionSession session(script, timing, font, options);
    CuePort phone;
    for (int i = 0; i < 50; ++i) {
        session.frame(0.1, Present::No); // the countdown
    }
    for (int i = 0; i < 6; ++i) {
        session.command(Command{CommandKind::SpeedDown, 0}); // the plan's clock slowed: sections run long
    }
    bool cued = false;
    for (int i = 0; i < 2000 && !cued; ++i) {
        session.frame(0.1, Present::No);
        session.publish(phone);
        cued = !phone.kinds.empty();
    }
    REQUIRE(cued);
    CHECK(phone.kinds.front() == "section-over");
    CHECK(phone.first_text.starts_with("section over by 0:0"));

    // The frame just painted shows it: the pill on the projector, the line in the operator's timers.
    const FrameStyle style;
    const FrameImage projector = session.projector().read();
    CHECK(pixels_of(projector, style.cue_background, 0, 0, projector.width, projector.height) > 100);
    const FrameImage operator_image = session.operator_window().read();
    const Box& timers = session.operator_window().layout().timers;
    CHECK(pixels_of(operator_image, SDL_Color{150, 200, 255, 255}, timers.x, timers.y, timers.x + timers.w,
              timers.y + timers.h)
        > 20);
}
