// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace podium {

// Where the coach draws its lines. Each value was measured, not guessed: docs/coach.md says on
// what (the human readings in ../shared/human-speech, eSpeak NG in English and Mandarin) and
// bench/coach prints the figures again.
struct CoachThresholds {
    double min_pause = 0.2;          // seconds of silence that count as a pause at all
    double clause_tolerance = 0.12;  // how far (0–1 of a sentence) a pause may sit from a clause end
    // A pause inside a clause at least this long is a hesitation; shorter ones are phrase breaks.
    // Read speech has phrase breaks of up to 0.48 s where the script has no comma.
    double hesitation_min = 0.5;
    // Pitch range (semitones, 10th–90th percentile of a sentence's voiced frames) under which a
    // whole section is called monotone. Mandarin's lexical tones move the pitch by themselves.
    double monotone_english = 1.8;
    double monotone_mandarin = 1.9;
    double trailing_drop = 8.0;      // LU the last third of a sentence is quieter than the rest
    double quiet_lufs = -40.0;       // the whole run's loudness below this: too quiet to be heard
    // Filled pauses (after Goto, Itou & Hayamizu 1999): a voiced stretch at least `filler_min`
    // seconds long whose pitch moves less than `filler_pitch_step` semitones and whose spectral
    // envelope moves less than `filler_spectral_step` (MFCC distance) over `filler_lag` seconds.
    double filler_min = 0.2;
    double filler_lag = 0.05;
    double filler_pitch_step = 0.6;
    double filler_spectral_step = 1.0;
    double filler_pitch_spread = 1.5; // semitones, 10th–90th percentile over the whole stretch
    double min_voiced_for_pitch = 0.25; // seconds of voiced frames before a sentence has a pitch
};

} // namespace podium
