// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/projection_app.hpp"

#include "core/error.hpp"
#include "core/i18n/translate.hpp"
#include "display/display_list.hpp"
#include "display/font_locator.hpp"
#include "app/prompter_startup.hpp"
#include "display/remote_keys.hpp"
#include "display/sdl_handles.hpp"

#include <algorithm>
#include <variant>

namespace podium {

namespace {

constexpr double notice_seconds = 10.0;

const DisplayDescription* find_index(const std::vector<DisplayDescription>& displays, int index)
{
    const auto found = std::find_if(displays.begin(), displays.end(), [index](const DisplayDescription& d) { return d.index == index; });
    return found == displays.end() ? nullptr : &*found;
}

const DisplayDescription* find_primary(const std::vector<DisplayDescription>& displays)
{
    const auto found = std::find_if(displays.begin(), displays.end(), [](const DisplayDescription& d) { return d.primary; });
    return found == displays.end() ? (displays.empty() ? nullptr : &displays.front()) : &*found;
}

std::optional<Command> command_for(OperatorButton button)
{
    using K = CommandKind;
    switch (button) {
    case OperatorButton::PlayPause: return Command{K::TogglePlay, 0};
    case OperatorButton::PreviousSection: return Command{K::PreviousSection, 0};
    case OperatorButton::PreviousSentence: return Command{K::PreviousSentence, 0};
    case OperatorButton::NextSentence: return Command{K::NextSentence, 0};
    case OperatorButton::NextSection: return Command{K::NextSection, 0};
    case OperatorButton::Slower: return Command{K::SpeedDown, 0};
    case OperatorButton::Faster: return Command{K::SpeedUp, 0};
    case OperatorButton::BlankProjector: return Command{K::ToggleBlank, 0};
    case OperatorButton::MirrorProjector: return Command{K::ToggleMirror, 0};
    case OperatorButton::AcceptReturn:
    case OperatorButton::DeclineReturn:
    case OperatorButton::RevokePhones: return std::nullopt;
    }
    return std::nullopt;
}

} // namespace

ProjectionSession::ProjectionSession(const Script& script, const Timing& timing, const FontChoice& font,
    ProjectionOptions options)
    : m_script(&script)
    , m_timing(&timing)
    , m_options(std::move(options))
    , m_tracker(script, timing,
          RunSources{m_options.playback, m_options.listener,
              lead_at_start(m_options.speak_at_start, m_options.listen_at_start), m_options.playback_unavailable},
          m_options.observer)
{
    m_tracker.set_coach(m_options.coach, m_options.coach_settings);
    m_list = m_options.displays ? m_options.displays : DisplayLister(list_displays);
    // SDL minimises a fullscreen window when it loses focus; the operator clicking on the laptop
    // must never take the prompter off the projector.
    SDL_SetHint(SDL_HINT_VIDEO_MINIMIZE_ON_FOCUS_LOSS, "0");
    const std::vector<DisplayDescription> displays = m_list();
    const DisplayChoice choice = choose_projector_display(displays, m_options.display);
    if (!choice.index) {
        throw Error(choice.error);
    }
    const DisplayDescription* projector_display = find_index(displays, *choice.index);
    m_projector = std::make_unique<ProjectorWindow>(script, timing, font, m_options.title + " — projector",
        *projector_display, choice.placement);
    m_toggles.mirror = m_options.projector_mirror;
    m_toggles.fullscreen = m_projector->fullscreen(); // as the placement policy opened it
    m_projector->fit(m_options.prompter.font_size);
    m_operator = std::make_unique<OperatorWindow>(font, m_options.title + " — operator", find_primary(displays));
    m_model = std::make_unique<PrompterModel>(script, timing, m_projector->layout(), m_options.prompter);
    m_input = std::make_unique<InputController>(script, m_options.keys != nullptr ? *m_options.keys : default_key_preset());
    m_hotplug = initial_hotplug_state(displays, choice);
    set_notice(choice.notice);
}

void ProjectionSession::set_notice(std::string text)
{
    m_notice = std::move(text);
    m_notice_left = m_notice.empty() ? 0.0 : notice_seconds;
}

void ProjectionSession::on_display_event(DisplayEvent event)
{
    event.displays = m_list();
    const HotplugStep step = next_hotplug_step(m_hotplug, event);
    m_hotplug = step.state;
    if (step.action.move_to) {
        m_projector->move_to(*step.action.move_to, step.action.placement);
        m_toggles.fullscreen = step.action.placement == ProjectorPlacement::Fullscreen; // the policy's choice
        m_resized = true; // the new display may have another size: lay out again
    }
    if (!step.action.notice.empty()) {
        set_notice(step.action.notice);
    }
}

void ProjectionSession::command(const Command& command)
{
    using K = CommandKind;
    // While the projector's display is offered back, Enter/Y accepts and N declines (unless a
    // quit question is open: that one is answered first).
    if (m_hotplug.offer && m_model->view().quit == QuitState::None) {
        if (command.kind == K::ConfirmQuit) {
            on_display_event({DisplayChange::AcceptReturn, 0, {}});
            return;
        }
        if (command.kind == K::CancelQuit) {
            on_display_event({DisplayChange::DeclineReturn, 0, {}});
            return;
        }
    }
    m_model->apply(command); // window toggles, S and L only cancel a pending quit question there
    if (m_toggles.apply(command.kind) && command.kind == K::ToggleFullscreen) {
        m_projector->set_fullscreen(m_toggles.fullscreen);
        m_resized = true;
    }
    m_tracker.lead_command(command, *m_model);
}

void ProjectionSession::click(int x, int y)
{
    const OperatorHit hit = hit_test(m_operator->layout(), m_script->sections.size(), x, y);
    switch (hit.kind) {
    case HitKind::None: return;
    case HitKind::Section: command(Command{CommandKind::JumpToSection, hit.section}); return;
    case HitKind::Button:
        if (hit.button == OperatorButton::AcceptReturn) {
            on_display_event({DisplayChange::AcceptReturn, 0, {}});
        } else if (hit.button == OperatorButton::DeclineReturn) {
            on_display_event({DisplayChange::DeclineReturn, 0, {}});
        } else if (hit.button == OperatorButton::RevokePhones) {
            revoke_phones();
        } else if (auto c = command_for(hit.button)) {
            command(*c);
        }
        return;
    }
}

void ProjectionSession::handle(const SDL_Event& event)
{
    if (auto display_event = display_event_of(event, m_projector->id())) {
        on_display_event(std::move(*display_event));
        return;
    }
    switch (event.type) {
    case SDL_WINDOWEVENT:
        if (event.window.event == SDL_WINDOWEVENT_CLOSE) {
            m_close = true;
        } else if (event.window.event == SDL_WINDOWEVENT_SIZE_CHANGED && event.window.windowID == m_projector->id()) {
            m_resized = true;
        }
        return;
    case SDL_MOUSEBUTTONDOWN:
        if (event.button.windowID == m_operator->id() && event.button.button == SDL_BUTTON_LEFT) {
            const SDL_Point p = m_operator->to_drawable(event.button.x, event.button.y);
            click(p.x, p.y);
        }
        return;
    default: break;
    }
    if (is_revoke_phones_key(event)) {
        revoke_phones();
        return;
    }
    const EventMeaning meaning = m_input->interpret(event);
    if (meaning.effect == EventEffect::Command) {
        command(meaning.command);
    } else if (meaning.effect == EventEffect::CloseRequested) {
        m_close = true;
    }
}

void ProjectionSession::revoke_phones()
{
    if (m_options.remote_port != nullptr) {
        m_options.remote_port->revoke_phones(); // the operator window redraws the new QR code
        m_notice = _("Phones revoked: scan the new code");
        m_notice_left = 4.0;
    }
}

void ProjectionSession::pump()
{
    SDL_Event event;
    while (SDL_PollEvent(&event) != 0) {
        handle(event);
    }
}

void ProjectionSession::frame(double dt, Present present)
{
    m_lifetime += dt;
    m_tracker.before_advance(*m_model, m_lifetime);
    m_model->advance(dt);
    if (m_notice_left > 0.0) {
        m_notice_left -= dt;
        if (m_notice_left <= 0.0) {
            m_notice.clear();
        }
    }
    // One layout drives the model's scroll track: the projector's. The operator's preview paints
    // with that same layout, so both show the same lines at the same y.
    if (m_projector->fit(m_model->view().font_size) || m_resized) {
        m_model->relayout(m_projector->layout());
        m_operator->forget_lines();
        m_resized = false;
    }
    const PrompterView view = m_toggles.shown(m_model->view());
    m_cue = m_tracker.cue(m_lifetime);
    const std::string cue = m_cue ? cue_text(*m_cue) : std::string();
    m_projector->paint(view, m_tracker.summary(view), cue); // blank stays pure black: the painter draws nothing
    OperatorFrame operator_frame;
    operator_frame.script = m_script;
    operator_frame.timing = m_timing;
    operator_frame.projector_scene = &m_projector->scene();
    operator_frame.projector_size = m_projector->size();
    operator_frame.view = view;
    operator_frame.toggles = m_toggles;
    operator_frame.section_actual = m_model->section_actual();
    operator_frame.offer = m_hotplug.offer.has_value();
    if (m_hotplug.offer) {
        operator_frame.offer_text = m_hotplug.offer->name.empty()
            ? fill_in(_("Display {} is back: move the prompter there? (Enter / N)"), m_hotplug.offer->index)
            : fill_in(_("Display {0} ({1}) is back: move the prompter there? (Enter / N)"), m_hotplug.offer->index,
                m_hotplug.offer->name);
    }
    operator_frame.notice = m_notice;
    operator_frame.cue = cue; // the operator sees it even while the projector is blank
    operator_frame.keys = &m_input->keys();
    operator_frame.remote = m_options.remote;
    m_operator->paint(operator_frame);
    if (present == Present::Yes) {
        m_projector->present();
        m_operator->present();
    }
    m_tracker.after_frame(*m_model, m_lifetime);
    if (auto message = m_tracker.take_notice()) {
        set_notice(std::move(*message));
    }
}

void ProjectionSession::publish(RemotePort& remote)
{
    const PrompterView view = m_toggles.shown(m_model->view());
    remote.publish_cue(m_cue ? cue_name(m_cue->kind) : "", m_cue ? cue_text(*m_cue) : std::string());
    remote.publish(view, m_model->section_actual(), view.blank);
}

bool ProjectionSession::vsync() const
{
    return m_projector->vsync();
}

void ProjectionSession::end()
{
    m_tracker.end(*m_model, m_lifetime);
}

PrompterRun run_projection(const Script& script, const Timing& timing, const ProjectionAppOptions& options)
{
    const PrompterAppOptions& app = options.prompter;
    auto started = start_prompter(script, app);
    if (auto* no_display = std::get_if<PrompterRun>(&started)) {
        return *no_display;
    }
    PrompterStartup& startup = *std::get<std::unique_ptr<PrompterStartup>>(started);
    ProjectionOptions projection;
    projection.title = app.title;
    projection.display = options.display;
    projection.keys = app.keys;
    projection.playback = app.playback;
    projection.observer = app.observer;
    projection.speak_at_start = app.speak_at_start;
    projection.listener = app.listener;
    projection.listen_at_start = app.listen_at_start;
    projection.playback_unavailable = app.playback_unavailable;
    projection.coach = app.coach;
    projection.coach_settings = app.coach_settings;
    projection.prompter = startup.prompter_options();
    projection.projector_mirror = startup.remembered_mirror();
    projection.remote = app.remote != nullptr ? &app.remote->pairing() : nullptr;
    projection.remote_port = app.remote;

    ProjectionSession session(script, timing, startup.font(), projection);
    if (auto sentence = startup.last_position()) {
        session.model().start_at_sentence(*sentence);
    }
    run_frame_loop(session, FrameLoopOptions{app.quit_after, app.remote, app.frame_probe});
    startup.remember(session.toggles().shown(session.model().view()), session.model().current_sentence());
    return {};
}

} // namespace podium
