// SPDX-License-Identifier: GPL-3.0-or-later
// Prints what the delivery coach's signal adapter measures in a recording, for checking it
// against references nobody here wrote (scripts/check-coach-references.py: Praat's pitch and
// ffmpeg's ebur128 loudness).
//   coach_voice_frames AUDIO                      frames: "t f0" per 10 ms (f0 0 = unvoiced)
//   coach_voice_frames AUDIO --loudness S:E ...   the BS.1770 loudness of each span, one a line
#include "app/delivery_measure.hpp"
#include "core/coach/voice_measures.hpp"
#include "core/error.hpp"

#include <cstdio>
#include <string>

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: coach_voice_frames AUDIO [--loudness START:END ...]\n");
        return 2;
    }
    try {
        const podium::VoiceFrames frames = podium::analyse_recording(podium::read_recording(argv[1]));
        if (argc > 2 && std::string(argv[2]) == "--loudness") {
            for (int i = 3; i < argc; ++i) {
                double start = 0.0;
                double end = 0.0;
                if (std::sscanf(argv[i], "%lf:%lf", &start, &end) != 2) {
                    std::fprintf(stderr, "coach_voice_frames: %s is not START:END\n", argv[i]);
                    return 2;
                }
                const std::optional<double> lufs = podium::measure_loudness(frames, start, end);
                std::printf("%.3f %.3f %s\n", start, end, lufs ? std::to_string(*lufs).c_str() : "nan");
            }
            return 0;
        }
        for (std::size_t i = 0; i < frames.frame_count(); ++i) {
            std::printf("%.5f %.2f %.1f\n", frames.frame_time(i), frames.f0[i], frames.level[i]);
        }
    } catch (const podium::Error& error) {
        std::fprintf(stderr, "coach_voice_frames: %s\n", error.what());
        return 1;
    }
    return 0;
}
