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
    const Timing timing = estimate_timing(script, pace);
    const std::size_t count = script.sentences.size();
    if (count == 0) {
        events.push_back({PrompterEventKind::Finished, 0.0});
        return events;
    }
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
    bool arrived_by_jump = false;
    while (i <= last) {
        if (i == skip_first && skip_end > skip_first) {
            // The speaker presses "next section" instead of reading this one.
            if (skip_end > last) {
                break;
            }
            events.push_back({PrompterEventKind::Jumped, t, skip_end});
            i = skip_end;
            arrived_by_jump = true;
            continue;
        }
        if (section != script.sentences[i].section) {
            section = script.sentences[i].section;
            events.push_back({PrompterEventKind::SectionEntered, t, i, *section});
        }
        if (!arrived_by_jump) {
            events.push_back({PrompterEventKind::SentenceReached, t, i});
        }
        arrived_by_jump = false;
        double duration = (timing.sentences[i].speaking + timing.sentences[i].pause_after)
            * std::exp(noise(random) - options.noise * options.noise / 2.0);
        if (unit(random) < options.stumble_probability) {
            duration *= 2.5;
        }
        if (speed_in.contains(i)) {
            factor *= unit(random) < 0.5 ? 0.95 : 1.05;
            events.push_back({PrompterEventKind::SpeedChanged, t + duration * 0.3, 0, 0, factor});
        }
        if (pause_in.contains(i)) {
            const double at = t + duration * 0.5;
            events.push_back({PrompterEventKind::Paused, at});
            events.push_back({PrompterEventKind::Resumed, at + options.pause_seconds});
            t += options.pause_seconds;
        }
        t += duration;
        ++i;
    }
    events.push_back({PrompterEventKind::Finished, t});
    return events;
}

} // namespace podium
