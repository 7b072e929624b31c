// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The prompter's state machine and scroll model. It never reads a clock: the app passes elapsed
// time to advance(). The display (and the operator window, and the recorder) only read it.
#include "core/layout/layout.hpp"
#include "core/prompter/command.hpp"
#include "core/prompter/position_source.hpp"
#include "core/prompter/prompter_event.hpp"
#include "core/prompter/prompter_view.hpp"
#include "core/prompter/scroll_track.hpp"
#include "core/script/script.hpp"
#include "core/timing/estimate.hpp"

#include <cstddef>
#include <vector>

namespace podium {

struct PrompterOptions {
    double countdown_seconds = 3.0;
    double reading_line = 1.0 / 3.0;  // fraction of the view height
    double reading_line_step = 0.05;
    ScrollMode mode = ScrollMode::Paced;
    double pace_factor = 1.0;         // 1.0 = the planned pace
    double speed_step = 0.05;         // Up/Down change the pace by 5 percentage points
    double min_pace_factor = 0.5;
    double max_pace_factor = 2.0;
    double manual_speed = 0.0;        // px/s at factor 1 in manual mode; 0 = the plan's average
    int font_size = 64;
    int font_step = 4;
    int min_font_size = 16;
    int max_font_size = 200;
    double jump_ease_seconds = 0.25;  // a jump glides to its target instead of cutting
    friend bool operator==(const PrompterOptions&, const PrompterOptions&) = default;
};

class PrompterModel {
public:
    // `script` and `timing` must outlive the model (the app owns them for the whole run); the
    // layout is only read here (the model keeps its ScrollTrack, not the layout).
    PrompterModel(const Script& script, const Timing& timing, const Layout& layout, PrompterOptions options = {});

    // Elapsed wall seconds since the previous frame (negative values are ignored).
    void advance(double seconds);
    void apply(const Command& command);
    void apply(CommandKind kind) { apply(Command{kind, 0}); }

    // The display re-laid out (resize, font size): keep the current position on the reading line.
    void relayout(const Layout& layout);

    // The position source that leads (see lead()) reports where the speaker is. Sets the
    // position exactly, forward only for the live voice (it never jumps back by itself); between
    // reports advance() extrapolates at the planned pace but never past the end of that
    // sentence, and while the speaker is silent (`speaking` false) the reading line holds still.
    void follow(const SpeakerPosition& heard);
    void follow_speech(std::size_t sentence, double fraction) { follow({sentence, fraction, true, std::nullopt}); }
    // Which position source leads, as the app's LeadSwitch (the one owner of that choice) tells
    // it: the model only needs it to extrapolate between reports (Plan: its own clock at the
    // plan's pace; Voice: never past the spoken sentence; Speaker: hold still while silent) and
    // stamps SpeechChanged/ListenChanged when it changes. S and L (ToggleSpeech, ToggleListen)
    // are the app's commands, not the model's: apply() ignores them.
    void set_lead(Lead lead);
    [[nodiscard]] Lead lead() const { return m_lead; }
    // Counts the speaker's own moves of the reading line (navigation commands), so the app can
    // re-anchor the live voice on the sentence they chose.
    [[nodiscard]] std::size_t manual_jumps() const { return m_manual_jumps; }

    // Puts the reading line at the start of `sentence` without a jump event (restoring the last
    // position of a script before the run starts).
    void start_at_sentence(std::size_t sentence);
    // Puts the reading line at timeline time t (render command, tests): no glide, no event.
    void seek(double timeline_seconds);

    [[nodiscard]] PrompterView view() const;
    [[nodiscard]] std::vector<PrompterEvent> take_events();

    [[nodiscard]] PrompterState state() const { return m_state; }
    [[nodiscard]] double position() const { return m_position; }
    [[nodiscard]] std::size_t current_sentence() const { return m_sentence; }
    [[nodiscard]] const PrompterOptions& options() const { return m_options; }
    [[nodiscard]] const ScrollTrack& track() const { return m_track; }
    // Running seconds spent so far in each section's subtree (parallel to Script::sections), for
    // the operator window's section list.
    [[nodiscard]] const std::vector<double>& section_actual() const { return m_section_actual; }
    // The deepest section holding `sentence`.
    [[nodiscard]] std::size_t section_of(std::size_t sentence) const;
    // The sentence the plan places at timeline time t.
    [[nodiscard]] std::size_t sentence_at_time(double t) const;

private:
    void step_running(double seconds);
    void move_to(double new_position, double seconds);
    void jump_to_sentence(std::size_t sentence, double fraction = 0.0);
    void set_current(std::size_t sentence);
    void add_section_time(double seconds);
    void emit(PrompterEventKind kind, double value = 0.0, std::size_t from = 0);
    void start_running();
    void restart();
    void navigate(const Command& command);
    [[nodiscard]] double sentence_start(std::size_t sentence) const;
    [[nodiscard]] double base_manual_speed() const;
    [[nodiscard]] double track_y() const;
    [[nodiscard]] double display_y() const;

    const Script* m_script;
    const Timing* m_timing;
    PrompterOptions m_options;
    ScrollTrack m_track;
    PrompterState m_state = PrompterState::Countdown;
    QuitState m_quit = QuitState::None;
    double m_countdown = 0.0;
    double m_position = 0.0;      // timeline seconds
    double m_manual_y = 0.0;      // manual mode scrolls in pixels; position follows from it
    double m_elapsed = 0.0;
    double m_wall = 0.0;
    std::size_t m_sentence = 0;
    std::size_t m_section = 0;
    double m_glide_from_y = 0.0;  // scroll y a jump glides from
    double m_glide_left = 0.0;    // seconds of glide remaining
    Lead m_lead = Lead::Plan;
    bool m_speech_reported = false;
    std::size_t m_speech_sentence = 0;
    bool m_speaker_speaking = false;  // the live voice's latest report: speaking or silent
    double m_reported_position = 0.0; // timeline seconds of the latest report
    std::size_t m_manual_jumps = 0;
    bool m_started = false;       // Started emitted for this run
    std::vector<double> m_section_actual;
    PaceUnit m_pace_unit = PaceUnit::HanPerMinute;
    std::vector<PrompterEvent> m_events;
};

} // namespace podium
