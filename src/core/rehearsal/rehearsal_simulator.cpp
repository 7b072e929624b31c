// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rehearsal/rehearsal_simulator.hpp"

#include "core/timing/estimate.hpp"

#include <algorithm>
#include <cmath>
#include <random>
#include <set>

namespace podium {

std::vector<PrompterEvent> simulate_rehearsal(const Script& script, const PaceProfile& pace, const SimulationOptions& options)
{
    std::vector<PrompterEvent> events;
    double paused_total = 0.0;
    std::size_t current = 0;
    auto emit = [&](PrompterEventKind kind, double wall, double value = 0.0) {
        PrompterEvent event;
        event.kind = kind;
        event.wall = wall;
        event.elapsed = wall - paused_total;
        event.sentence = current;
        event.value = value;
        if (current < script.sentences.size()) {
            event.section = script.sentences[current].section;
        }
        events.push_back(event);
    };
    const std::size_t count = script.sentences.size();
    if (count == 0) {
        emit(PrompterEventKind::Started, 0.0);
        emit(PrompterEventKind::Finished, 0.0);
        return events;
    }
    const Timing timing = estimate_timing(script, pace);
    std::mt19937_64 random(options.seed);
    std::normal_distribution<double> noise(0.0, options.noise);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::uniform_int_distribution<std::size_t> any_sentence(0, count - 1);

    std::set<std::size_t> pause_in;
    for (std::size_t i = 0; i < options.pauses && pause_in.size() < count; ++i) {
        pause_in.insert(any_sentence(random));
    }
    std::set<std::size_t> speed_in;
    for (std::size_t i = 0; i < options.speed_changes && speed_in.size() < count; ++i) {
        speed_in.insert(any_sentence(random));
    }
    std::size_t skip_first = count;
    std::size_t skip_end = count;
    if (options.skip_section && *options.skip_section < script.sections.size()) {
        skip_first = script.sections[*options.skip_section].first_sentence;
        skip_end = script.sections[*options.skip_section].end_sentence;
    }
    const std::size_t last = options.stop_after_sentence ? std::min(*options.stop_after_sentence, count - 1) : count - 1;

    double t = 0.0;
    double factor = 1.0;
    std::optional<std::size_t> section;
    std::size_t i = 0;
    if (skip_first == 0 && skip_end > 0 && skip_end <= last) {
        i = skip_end; // skipping the opening: the speaker starts further down
    }
    current = i;
    emit(PrompterEventKind::Started, t);
    bool just_arrived = true;
    while (i <= last) {
        if (i == skip_first && skip_end > skip_first && !just_arrived) {
            // The speaker presses "next section" instead of reading this one.
            if (skip_end > last) {
                break;
            }
            const std::size_t from = current;
            current = skip_end;
            emit(PrompterEventKind::Jumped, t);
            events.back().from_sentence = from;
            i = skip_end;
            just_arrived = true;
            continue;
        }
        current = i;
        if (section != script.sentences[i].section) {
            section = script.sentences[i].section;
            emit(PrompterEventKind::SectionEntered, t);
        }
        if (!just_arrived) {
            emit(PrompterEventKind::SentenceReached, t);
        }
        just_arrived = false;
        double duration = (timing.sentences[i].speaking + timing.sentences[i].pause_after)
            * std::exp(noise(random) - options.noise * options.noise / 2.0);
        if (unit(random) < options.stumble_probability) {
            duration *= 2.5;
        }
        if (speed_in.contains(i)) {
            factor *= unit(random) < 0.5 ? 0.95 : 1.05;
            emit(PrompterEventKind::SpeedChanged, t + duration * 0.3, factor);
        }
        if (pause_in.contains(i)) {
            const double at = t + duration * 0.5;
            emit(PrompterEventKind::Paused, at);
            paused_total += options.pause_seconds;
            emit(PrompterEventKind::Resumed, at + options.pause_seconds);
            t += options.pause_seconds;
        }
        t += duration;
        ++i;
    }
    emit(PrompterEventKind::Finished, t);
    return events;
}

} // namespace podium
