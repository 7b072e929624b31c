// SPDX-License-Identifier: GPL-3.0-or-later
// Two windows, one model, under the offscreen video driver with the software renderer: the
// projector window and the operator's preview show the same reading position, pixel for pixel;
// display events (injected with SDL_PushEvent over a scripted display list) keep the run going.
#include "display/display_fixture.hpp"
#include "app/projection_app.hpp"

#include <catch2/catch.hpp>

#include <cstring>
#include <random>

using namespace podium;
using podium::test::push_key;

namespace {

DisplayDescription display(std::string name, int x, int width, int height)
{
    DisplayDescription d;
    d.name = std::move(name);
    d.x = x;
    d.width = width;
    d.height = height;
    return d;
}

// The displays the session sees: a laptop and a projector that tests plug and unplug. (The
// offscreen driver itself has one display, so the list is scripted.)
struct FakeDisplays {
    std::vector<DisplayDescription> connected{display("Laptop", 0, 1280, 800), display("Projector", 1280, 1024, 768)};
    std::vector<DisplayDescription> operator()() const
    {
        std::vector<DisplayDescription> list = connected;
        for (std::size_t i = 0; i < list.size(); ++i) {
            list[i].index = static_cast<int>(i);
        }
        mark_primary(list);
        return list;
    }
};

struct Projection {
    const SdlSubsystem video{SDL_INIT_VIDEO | SDL_INIT_EVENTS};
    TtfLibrary ttf;
    Script script;
    Timing timing;
    FontChoice font;
    std::shared_ptr<FakeDisplays> displays = std::make_shared<FakeDisplays>();
    std::unique_ptr<ProjectionSession> session;

    explicit Projection(const std::string& sample, RunObserver* observer = nullptr)
        : script(test::load_sample(sample)), timing(estimate_timing(script, PaceProfile{})), font(locate_font(font_folders()))
    {
        ProjectionOptions options;
        options.observer = observer;
        options.title = "Podium test";
        options.prompter.font_size = 40;
        auto list = displays;
        options.displays = [list] { return (*list)(); };
        session = std::make_unique<ProjectionSession>(script, timing, font, options);
        SDL_Event drain;
        while (SDL_PollEvent(&drain) != 0) {
        }
    }

    void run_for(double seconds)
    {
        for (double t = 0.0; t < seconds; t += 1.0 / 30.0) {
            session->pump();
            session->frame(1.0 / 30.0, Present::No);
        }
    }
};

void push_display(Uint8 what, Uint32 index)
{
    SDL_Event event{};
    event.type = SDL_DISPLAYEVENT;
    event.display.event = what;
    event.display.display = index;
    REQUIRE(SDL_PushEvent(&event) == 1);
}

bool mirrored(const FrameImage& a, const FrameImage& b)
{
    if (a.width != b.width || a.height != b.height) {
        return false;
    }
    for (int y = 0; y < a.height; ++y) {
        for (int x = 0; x < a.width; ++x) {
            if (std::memcmp(a.pixel(x, y), b.pixel(a.width - 1 - x, y), 3) != 0) {
                return false;
            }
        }
    }
    return true;
}

// The projector frame and the operator's preview after a frame: the same view, the same pixels.
void check_same_position(Projection& p)
{
    p.session->frame(0.0, Present::No);
    const FrameImage projector = p.session->projector().read();
    const FrameImage preview = p.session->operator_window().read_preview();
    REQUIRE(projector.width == preview.width);
    REQUIRE(projector.height == preview.height);
    if (projector != preview) {
        int differing = 0;
        int first_x = -1;
        int first_y = -1;
        for (int y = 0; y < projector.height; ++y) {
            for (int x = 0; x < projector.width; ++x) {
                if (std::memcmp(projector.pixel(x, y), preview.pixel(x, y), 4) != 0) {
                    if (differing++ == 0) {
                        first_x = x;
                        first_y = y;
                    }
                }
            }
        }
        const std::uint8_t* a = projector.pixel(first_x, first_y);
        const std::uint8_t* b = preview.pixel(first_x, first_y);
        FAIL_CHECK(differing << " pixels differ, first at " << first_x << "," << first_y << ": " << int(a[0]) << ","
                             << int(a[1]) << "," << int(a[2]) << "," << int(a[3]) << " vs " << int(b[0]) << ","
                             << int(b[1]) << "," << int(b[2]) << "," << int(b[3]) << " state " << p.session->model().view().state);
    }
    // And it is a real frame, with text on the reading line.
    const PrompterView view = p.session->model().view();
    const FrameGeometry g = frame_geometry(projector.width, projector.height, view.reading_line, true);
    CHECK(test::max_brightness(projector, 0, g.reading_y - 10, projector.width, g.reading_y + 10) > 100);
}

} // namespace

TEST_CASE("the projector window and the operator's preview show the same reading position through a scripted run")
{
    Projection p("welcome-zh.txt");
    check_same_position(p); // countdown
    push_key(SDLK_SPACE);
    p.run_for(2.0);
    CHECK(p.session->model().view().state == PrompterState::Running);
    check_same_position(p);
    push_key(SDLK_PAGEDOWN);
    push_key(SDLK_PAGEDOWN);
    p.run_for(0.4); // mid-glide and after
    check_same_position(p);
    push_key(SDLK_UP);
    push_key(SDLK_UP);
    p.run_for(1.0);
    check_same_position(p);
    if (section_for_number(p.script, 2)) {
        push_key(SDLK_2);
        p.run_for(0.5);
        check_same_position(p);
    }
    push_key(SDLK_EQUALS); // larger text: the projector re-lays out, the preview follows
    p.run_for(0.5);
    CHECK(p.session->model().view().font_size == 44);
    check_same_position(p);
    push_key(SDLK_F5);
    p.run_for(0.5);
    CHECK(p.session->model().view().state == PrompterState::Paused);
    check_same_position(p);
}

TEST_CASE("mirror and blank act on the projector window only")
{
    Projection p("welcome-en.md");
    push_key(SDLK_SPACE);
    p.run_for(1.0);
    push_key(SDLK_m);
    p.session->pump();
    p.session->frame(0.0, Present::No);
    CHECK(p.session->toggles().mirror);
    CHECK_FALSE(p.session->model().view().mirror); // the model has no mirror: one owner
    CHECK(mirrored(p.session->projector().read(), p.session->operator_window().read_preview()));

    push_key(SDLK_m);
    push_key(SDLK_b);
    p.session->pump();
    p.session->frame(0.0, Present::No);
    CHECK(p.session->toggles().blank);
    const FrameImage blank = p.session->projector().read();
    CHECK(test::max_brightness(blank, 0, 0, blank.width, blank.height) == 0);
    // The operator still sees the text in the preview, and the run goes on.
    const FrameImage preview = p.session->operator_window().read_preview();
    CHECK(test::max_brightness(preview, 0, 0, preview.width, preview.height) > 100);
    CHECK(p.session->model().view().state == PrompterState::Running);
}

TEST_CASE("the keys overlay is the operator's toggle; S without a voice says why and the plan clock keeps leading")
{
    Projection p("welcome-en.md");
    push_key(SDLK_SPACE);
    p.run_for(0.5);
    push_key(SDLK_SPACE); // paused: both frames hold still while the toggles change
    p.session->pump();
    p.session->frame(0.0, Present::No);
    const FrameImage projector_before = p.session->projector().read();
    const FrameImage operator_before = p.session->operator_window().read();
    push_key(SDLK_F1);
    p.session->pump();
    p.session->frame(0.0, Present::No);
    CHECK(p.session->toggles().help);
    CHECK_FALSE(p.session->model().view().help); // one owner: the session's toggles
    CHECK(p.session->projector().read() == projector_before); // never on the room's screen
    CHECK(p.session->operator_window().read() != operator_before); // the keys panel, for the operator

    push_key(SDLK_s); // no voice was given to this session
    p.session->pump();
    p.session->frame(0.0, Present::No);
    CHECK(p.session->tracker().lead() == Lead::Plan);
    CHECK_FALSE(p.session->model().view().speech);
    CHECK(p.session->notice() == "Speech is not available in this build");
}

TEST_CASE("clicking a section in the operator window jumps there")
{
    Projection p("welcome-en.md");
    REQUIRE(p.script.sections.size() >= 3);
    p.run_for(0.1);
    const std::size_t target = 2;
    const auto row = section_row(p.session->operator_window().layout(), target);
    REQUIRE(row);
    SDL_Event click{};
    click.type = SDL_MOUSEBUTTONDOWN;
    click.button.windowID = p.session->operator_window().id();
    click.button.button = SDL_BUTTON_LEFT;
    click.button.state = SDL_PRESSED;
    click.button.x = row->x + row->w / 2;
    click.button.y = row->y + row->h / 2;
    REQUIRE(SDL_PushEvent(&click) == 1);
    p.run_for(0.5);
    CHECK(p.session->model().view().current_section == target);
    CHECK(p.session->model().view().current_sentence == p.script.sections[target].first_sentence);
}

TEST_CASE("unplugging the projector mid-speech keeps the position and timers and plugging it back offers to return")
{
    Projection p("welcome-zh.txt");
    REQUIRE(p.session->hotplug().current);
    CHECK(p.session->hotplug().current->name == "Projector");
    push_key(SDLK_SPACE);
    p.run_for(3.0);
    const PrompterView before = p.session->model().view();
    REQUIRE(before.state == PrompterState::Running);

    // Unplug: SDL says display 1 is gone; the list now has the laptop only.
    p.displays->connected.pop_back();
    push_display(SDL_DISPLAYEVENT_DISCONNECTED, 1);
    p.run_for(1.0);
    const PrompterView after = p.session->model().view();
    REQUIRE(p.session->hotplug().current);
    CHECK(p.session->hotplug().current->name == "Laptop");
    CHECK(p.session->hotplug().placement == ProjectorPlacement::Windowed);
    CHECK(after.state == PrompterState::Running);
    CHECK(after.position > before.position);
    CHECK(after.elapsed == Approx(before.elapsed + 1.0).epsilon(0.05));
    CHECK(after.current_sentence >= before.current_sentence);
    CHECK_FALSE(p.session->notice().empty());
    check_same_position(p);

    // Plug back in: offered, not moved.
    p.displays->connected.push_back(display("Projector", 1280, 1024, 768));
    push_display(SDL_DISPLAYEVENT_CONNECTED, 1);
    p.run_for(0.5);
    REQUIRE(p.session->hotplug().offer);
    CHECK(p.session->hotplug().current->name == "Laptop");
    CHECK(p.session->model().view().state == PrompterState::Running);
    // Enter accepts (no quit question is open).
    push_key(SDLK_RETURN);
    p.run_for(0.5);
    CHECK_FALSE(p.session->hotplug().offer);
    CHECK(p.session->hotplug().current->name == "Projector");
    CHECK(p.session->model().view().state == PrompterState::Running);
    CHECK(p.session->model().view().quit == QuitState::None);
    CHECK(p.session->model().view().position > after.position);
    check_same_position(p);
}

TEST_CASE("display and window events in random order never stop the run")
{
    Projection p("welcome-en.md");
    push_key(SDLK_SPACE);
    p.run_for(0.5);
    std::mt19937 random(7);
    const std::vector<DisplayDescription> pool{display("Laptop", 0, 1280, 800), display("Projector", 1280, 1024, 768),
        display("TV", 2304, 1920, 1080)};
    double last_elapsed = p.session->model().view().elapsed;
    for (int step = 0; step < 60; ++step) {
        SDL_Event event{};
        switch (random() % 6) {
        case 0: { // plug something in
            const DisplayDescription& d = pool[random() % pool.size()];
            auto& list = p.displays->connected;
            if (std::none_of(list.begin(), list.end(), [&d](const DisplayDescription& c) { return c.name == d.name; })) {
                list.push_back(d);
            }
            push_display(SDL_DISPLAYEVENT_CONNECTED, static_cast<Uint32>(list.size() - 1));
            break;
        }
        case 1: { // unplug something (possibly everything)
            auto& list = p.displays->connected;
            if (!list.empty()) {
                list.erase(list.begin() + static_cast<long>(random() % list.size()));
            }
            push_display(SDL_DISPLAYEVENT_DISCONNECTED, 0);
            break;
        }
        case 2: // the window manager moved the projector window
            event.type = SDL_WINDOWEVENT;
            event.window.event = SDL_WINDOWEVENT_DISPLAY_CHANGED;
            event.window.windowID = p.session->projector().id();
            event.window.data1 = static_cast<Sint32>(random() % 4);
            REQUIRE(SDL_PushEvent(&event) == 1);
            break;
        case 3: // a resize
            event.type = SDL_WINDOWEVENT;
            event.window.event = SDL_WINDOWEVENT_SIZE_CHANGED;
            event.window.windowID = p.session->projector().id();
            REQUIRE(SDL_PushEvent(&event) == 1);
            break;
        case 4: push_key(SDLK_RETURN); break; // accept an offer, if any
        default: push_key(SDLK_n); break;     // decline one
        }
        p.run_for(0.1);
        const PrompterView view = p.session->model().view();
        INFO("step " << step);
        CHECK(view.state == PrompterState::Running);
        CHECK(view.quit == QuitState::None);
        CHECK(view.elapsed > last_elapsed);
        last_elapsed = view.elapsed;
        if (p.session->hotplug().current) {
            const auto now = p.session->displays();
            CHECK(std::any_of(now.begin(), now.end(),
                [&p](const DisplayDescription& d) { return same_display(d, *p.session->hotplug().current); }));
        }
    }
    check_same_position(p);
}

namespace {

class EventCount final : public RunObserver {
public:
    void on_event(const PrompterEvent& event, RehearsalRecorder& /*run*/) override { kinds.push_back(event.kind); }
    [[nodiscard]] std::string on_frame(double /*now*/, RehearsalRecorder* /*run*/) override { return {}; }
    void on_end(double now, RehearsalRecorder* /*run*/) override { ended_at = now; }
    std::vector<PrompterEventKind> kinds;
    std::optional<double> ended_at;
};

} // namespace

TEST_CASE("a projected run is recorded like a single-window run and ends with the summary on the projector")
{
    EventCount observer;
    Projection projection("welcome-en.md", &observer);
    projection.run_for(4.0); // the countdown, then a second of reading
    push_key(SDLK_END);
    projection.run_for(20.0);
    ProjectionSession& session = *projection.session;
    REQUIRE(session.model().view().state == PrompterState::Finished);
    REQUIRE_FALSE(observer.kinds.empty());
    CHECK(observer.kinds.front() == PrompterEventKind::Started);
    CHECK(std::count(observer.kinds.begin(), observer.kinds.end(), PrompterEventKind::Jumped) == 1);
    CHECK(observer.kinds.back() == PrompterEventKind::Finished);
    const RehearsalReport* summary = session.tracker().summary(session.model().view());
    REQUIRE(summary != nullptr);
    CHECK(summary->sections.size() == projection.script.sections.size());
    session.end();
    CHECK(observer.ended_at.has_value());
}
