// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rehearsal/pace_calibration.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>
#include <vector>

namespace podium {

namespace {

using Observation = PaceObservation;

// The clean sentence readings of every run, and how many runs gave any. `older_model_runs`
// counts those whose log holds features of an older timing model: still fitted (an average text
// counts alike under every model, so they are off only by how far their script is from
// average), but reported.
struct CleanReadings {
    std::vector<Observation> observations;
    std::size_t runs_used = 0;
    std::size_t older_model_runs = 0;
};

// `skip_run` leaves one run out (the held-out check).
CleanReadings clean_readings(std::span<const RehearsalLog> logs, const RehearsalRun* skip_run = nullptr)
{
    CleanReadings readings;
    for (const auto& log : logs) {
        for (const auto& run : log.runs) {
            if (&run == skip_run) {
                continue;
            }
            bool used = false;
            for (const auto& visit : run.visits) {
                if (visit.end != VisitEnd::Next || visit.paused || visit.voiced || visit.seconds <= 0.0
                    || visit.sentence >= log.sentence_features.size()) {
                    continue;
                }
                readings.observations.push_back({log.sentence_features[visit.sentence], visit.seconds});
                used = true;
            }
            readings.runs_used += used ? 1 : 0;
            readings.older_model_runs += used && log.features_model < sentence_features_model ? 1 : 0;
        }
    }
    return readings;
}

// Solves the n×n system in place (Gaussian elimination, partial pivoting); none when singular.
std::optional<std::vector<double>> solve(std::vector<std::vector<double>> a, std::vector<double> b)
{
    const std::size_t n = b.size();
    for (std::size_t col = 0; col < n; ++col) {
        std::size_t pivot = col;
        for (std::size_t row = col + 1; row < n; ++row) {
            if (std::abs(a[row][col]) > std::abs(a[pivot][col])) {
                pivot = row;
            }
        }
        if (std::abs(a[pivot][col]) < 1e-12) {
            return std::nullopt;
        }
        std::swap(a[pivot], a[col]);
        std::swap(b[pivot], b[col]);
        for (std::size_t row = col + 1; row < n; ++row) {
            const double factor = a[row][col] / a[col][col];
            for (std::size_t k = col; k < n; ++k) {
                a[row][k] -= factor * a[col][k];
            }
            b[row] -= factor * b[col];
        }
    }
    std::vector<double> x(n, 0.0);
    for (std::size_t i = n; i-- > 0;) {
        double sum = b[i];
        for (std::size_t k = i + 1; k < n; ++k) {
            sum -= a[i][k] * x[k];
        }
        x[i] = sum / a[i][i];
    }
    return x;
}

double median(std::vector<double> values)
{
    if (values.empty()) {
        return 0.0;
    }
    const auto middle = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

// Enough data to say something about a parameter: dozens of characters or words, a handful
// of pauses between sentences, and many more of the short pauses inside them (a comma's 0.2 s
// drowns in a sentence's noise: with a few colons the fit returned over a second per colon on
// simulated runs). Below that the base value stands.
std::array<bool, pace_parameter_count> identifiable(const std::vector<Observation>& observations)
{
    std::array<double, pace_parameter_count> amount{};
    std::array<std::size_t, pace_parameter_count> count{};
    for (const auto& o : observations) {
        for (std::size_t k = 0; k < pace_parameter_count; ++k) {
            amount[k] += o.features[k];
            count[k] += o.features[k] > 0.0 ? 1 : 0;
        }
    }
    return {amount[0] >= 60.0 && count[0] >= 5, amount[1] >= 40.0 && count[1] >= 5, count[2] >= 5, count[3] >= 5,
        count[4] >= 3, count[5] >= 5, count[6] >= 20, count[7] >= 12};
}

// One weighted least-squares step over the free parameters; fixed ones keep `x`.
bool fit_step(const std::vector<Observation>& observations, const std::vector<double>& weights,
    const std::array<bool, pace_parameter_count>& free, const PaceParameters& anchor, PaceParameters& x)
{
    std::vector<std::size_t> columns;
    for (std::size_t k = 0; k < pace_parameter_count; ++k) {
        if (free[k]) {
            columns.push_back(k);
        }
    }
    if (columns.empty()) {
        return false;
    }
    const std::size_t n = columns.size();
    std::vector<std::vector<double>> a(n, std::vector<double>(n, 0.0));
    std::vector<double> b(n, 0.0);
    double weight_sum = 0.0;
    for (std::size_t i = 0; i < observations.size(); ++i) {
        const auto& o = observations[i];
        double target = o.seconds;
        for (std::size_t k = 0; k < pace_parameter_count; ++k) {
            if (!free[k]) {
                target -= o.features[k] * x[k];
            }
        }
        for (std::size_t r = 0; r < n; ++r) {
            b[r] += weights[i] * o.features[columns[r]] * target;
            for (std::size_t c = 0; c < n; ++c) {
                a[r][c] += weights[i] * o.features[columns[r]] * o.features[columns[c]];
            }
        }
        weight_sum += weights[i];
    }
    // A whisper of ridge towards the base values keeps near-collinear columns (every sentence
    // the same length: rate and pause indistinguishable) from running off.
    for (std::size_t r = 0; r < n; ++r) {
        const double ridge = 1e-4 * (a[r][r] + 1e-9 * weight_sum);
        a[r][r] += ridge;
        b[r] += ridge * anchor[columns[r]];
    }
    const auto solution = solve(a, b);
    if (!solution) {
        return false;
    }
    for (std::size_t r = 0; r < n; ++r) {
        x[columns[r]] = (*solution)[r];
    }
    return true;
}

} // namespace

PaceCalibration calibrate_pace(std::span<const RehearsalLog> logs, const PaceProfile& base,
    std::span<const PaceObservation> measured)
{
    CleanReadings readings = clean_readings(logs);
    readings.observations.insert(readings.observations.end(), measured.begin(), measured.end());
    PaceCalibration calibration = fit_pace(readings.observations, base);
    calibration.runs_used = calibration.calibrated() ? readings.runs_used : 0;
    calibration.older_model_runs = calibration.calibrated() ? readings.older_model_runs : 0;
    return calibration;
}

std::vector<PaceObservation> voice_observations(const RehearsalLog& log, std::span<const MeasuredSectionVoice> sections)
{
    constexpr std::array<std::size_t, 3> between{2, 3, 4}; // sentence, paragraph, section pauses
    std::vector<PaceObservation> out;
    for (const auto& measured : sections) {
        if (measured.section >= log.sections.size()) {
            continue;
        }
        const LoggedSection& section = log.sections[measured.section];
        SentenceFeatures sum{};
        for (std::size_t i = section.first_sentence; i < section.end_sentence && i < log.sentence_features.size(); ++i) {
            for (std::size_t k = 0; k < pace_parameter_count; ++k) {
                sum[k] += log.sentence_features[i][k];
            }
        }
        PaceObservation speaking{sum, measured.speaking_seconds};
        PaceObservation pauses{{}, measured.pause_seconds};
        for (const std::size_t k : between) {
            speaking.features[k] = 0.0;
            pauses.features[k] = sum[k];
        }
        if (speaking.seconds > 0.0) {
            out.push_back(speaking);
        }
        if (pauses.seconds > 0.0) {
            out.push_back(pauses);
        }
    }
    return out;
}

std::vector<PaceObservation> recorded_voice_observations(std::span<const RehearsalLog> logs)
{
    std::vector<PaceObservation> out;
    for (const RehearsalLog& log : logs) {
        std::vector<bool> deepest(log.sections.size(), true);
        for (std::size_t i = 0; i < log.sections.size(); ++i) {
            for (std::size_t j = 0; j < log.sections.size(); ++j) {
                const LoggedSection& outer = log.sections[i];
                const LoggedSection& inner = log.sections[j];
                if (i != j && inner.first_sentence >= outer.first_sentence && inner.end_sentence <= outer.end_sentence
                    && inner.level > outer.level) {
                    deepest[i] = false;
                }
            }
        }
        for (const RehearsalRun& run : log.runs) {
            std::vector<MeasuredSectionVoice> measured;
            for (std::size_t i = 0; i < run.sections.size() && i < log.sections.size(); ++i) {
                if (const auto& voice = run.sections[i].voice; voice && deepest[i]) {
                    measured.push_back({i, voice->speaking_seconds, voice->pause_seconds,
                        static_cast<std::size_t>(voice->syllables + 0.5)});
                }
            }
            const std::vector<PaceObservation> observations = voice_observations(log, measured);
            out.insert(out.end(), observations.begin(), observations.end());
        }
    }
    return out;
}

PaceCalibration fit_pace(std::span<const PaceObservation> measured, const PaceProfile& base)
{
    PaceCalibration calibration;
    calibration.profile = base;
    const PaceParameters anchor = parameters_of(base);
    const std::vector<Observation> all(measured.begin(), measured.end());

    // Gross outliers first (the speaker chatted for a minute without pausing, or raced through):
    // far outside what any plausible pace predicts.
    std::vector<Observation> observations;
    for (const auto& o : all) {
        const double predicted = predicted_seconds(o.features, anchor);
        if (predicted > 0.0 && o.seconds > predicted / 4.0 && o.seconds < predicted * 4.0) {
            observations.push_back(o);
        }
    }
    calibration.sentences_rejected = all.size() - observations.size();

    std::array<bool, pace_parameter_count> free = identifiable(observations);
    if (!free[0] && !free[1]) {
        return calibration;
    }
    PaceParameters x = anchor;
    std::vector<double> weights(observations.size(), 1.0);
    for (int iteration = 0; iteration < 30; ++iteration) {
        // Relative errors: a sentence twice as long varies twice as much.
        std::vector<double> residuals(observations.size());
        for (std::size_t i = 0; i < observations.size(); ++i) {
            const double predicted = std::max(predicted_seconds(observations[i].features, x), 0.05);
            residuals[i] = (observations[i].seconds - predicted) / predicted;
        }
        std::vector<double> absolute;
        for (const double r : residuals) {
            absolute.push_back(std::abs(r));
        }
        const double scale = std::max(1.4826 * median(absolute), 0.01);
        const double huber = 1.345 * scale;
        for (std::size_t i = 0; i < observations.size(); ++i) {
            const double predicted = std::max(predicted_seconds(observations[i].features, x), 0.05);
            const double magnitude = std::abs(residuals[i]);
            const double robust = magnitude <= huber ? 1.0 : huber / magnitude;
            weights[i] = robust / (predicted * predicted);
        }
        PaceParameters next = x;
        if (!fit_step(observations, weights, free, anchor, next)) {
            break;
        }
        // Impossible values (a negative pause, a non-positive rate): pin them and fit again.
        bool pinned = false;
        for (std::size_t k = 0; k < pace_parameter_count; ++k) {
            if (free[k] && next[k] < 0.0) {
                free[k] = false;
                next[k] = k < 2 ? anchor[k] : 0.0;
                pinned = true;
            }
        }
        double change = 0.0;
        for (std::size_t k = 0; k < pace_parameter_count; ++k) {
            change = std::max(change, std::abs(next[k] - x[k]) / std::max(std::abs(x[k]), 1e-3));
        }
        x = next;
        if (!pinned && change < 1e-7) {
            break;
        }
    }
    // Keep the result human: 60–600 Han chars/min, 40–400 wpm, pauses up to 5 s.
    x[0] = std::clamp(x[0], 0.1, 1.0);
    x[1] = std::clamp(x[1], 0.15, 1.5);
    for (std::size_t k = 2; k < pace_parameter_count; ++k) {
        // Pauses up to 5 s between sentences; inside a sentence up to 1.5 s.
        x[k] = std::clamp(x[k], 0.0, k >= static_cast<std::size_t>(PaceParameter::CommaPause) ? 1.5 : 5.0);
    }
    calibration.profile = profile_from(x);
    // Measured values, not constants: a tenth of a character per minute and a hundredth of a
    // second are far below what the runs can tell apart, and keep printed profiles readable.
    auto& p = calibration.profile;
    p.han_per_minute = std::round(p.han_per_minute * 10.0) / 10.0;
    p.words_per_minute = std::round(p.words_per_minute * 10.0) / 10.0;
    for (double* pause : {&p.sentence_pause, &p.paragraph_pause, &p.section_pause, &p.placeholder_pause,
             &p.comma_pause, &p.colon_pause}) {
        *pause = std::round(*pause * 100.0) / 100.0;
    }
    calibration.fitted = free;
    calibration.sentences_used = observations.size();
    return calibration;
}

std::optional<HeldOutCheck> held_out_check(std::span<const RehearsalLog> logs, std::size_t log_index,
    const PaceProfile& base)
{
    if (log_index >= logs.size() || logs[log_index].runs.size() < 2) {
        return std::nullopt;
    }
    const RehearsalLog& log = logs[log_index];
    const RehearsalRun& last = log.runs.back();
    HeldOutCheck check;
    check.run_id = last.id;
    const CleanReadings earlier = clean_readings(logs, &last);
    check.calibration = fit_pace(earlier.observations, base);
    check.calibration.runs_used = earlier.runs_used;
    check.calibration.older_model_runs = earlier.older_model_runs;
    if (!check.calibration.calibrated()) {
        return std::nullopt;
    }
    const PaceParameters parameters = parameters_of(check.calibration.profile);
    std::vector<double> errors;
    for (std::size_t s = 0; s < last.sections.size() && s < log.sections.size(); ++s) {
        const SectionResult& result = last.sections[s];
        if (result.status != SectionStatus::Completed || result.seconds <= 0.0) {
            continue;
        }
        double predicted = 0.0;
        const LoggedSection& section = log.sections[s];
        for (std::size_t i = section.first_sentence; i < section.end_sentence && i < log.sentence_features.size(); ++i) {
            predicted += predicted_seconds(log.sentence_features[i], parameters);
        }
        const double error = (predicted - result.seconds) / result.seconds;
        check.sections.push_back({section.title, predicted, result.seconds, error});
        errors.push_back(std::abs(error));
    }
    if (errors.empty()) {
        return std::nullopt;
    }
    check.median_abs_error = median(errors);
    check.max_abs_error = *std::max_element(errors.begin(), errors.end());
    return check;
}

std::string describe(const PaceCalibration& calibration)
{
    if (!calibration.calibrated()) {
        return "not enough rehearsal data yet: default pace";
    }
    const auto& p = calibration.profile;
    char buffer[320];
    std::snprintf(buffer, sizeof buffer,
        "%.0f Han chars/min%s, %.0f wpm = %.0f syllables/min%s, pauses %.1f/%.1f/%.1f s, %.2f s at a comma, %.2f s at a colon",
        p.han_per_minute, calibration.fitted[0] ? "" : " (default)", p.words_per_minute,
        p.english_syllables_per_minute(), calibration.fitted[1] ? "" : " (default)", p.sentence_pause,
        p.paragraph_pause, p.section_pause, p.comma_pause, p.colon_pause);
    std::string text = std::string(buffer) + " from " + std::to_string(calibration.runs_used) + " run"
        + (calibration.runs_used == 1 ? "" : "s") + " (" + std::to_string(calibration.sentences_used) + " sentences)";
    if (calibration.older_model_runs > 0) {
        // Rehearsing a script again rewrites its log's features from the script (RehearsalStore::save).
        text += "; " + std::to_string(calibration.older_model_runs) + " of the runs counted by an older timing model"
            + " (rehearse those scripts once more to recount them)";
    }
    return text;
}

} // namespace podium
