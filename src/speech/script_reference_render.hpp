#pragma once
#include "core/follow/script_reference.hpp"
#include "core/io/xdg_paths.hpp"
#include "core/script/script.hpp"
#include "speech/speech_plan.hpp"

#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>

namespace podium {

class SpeechEngine;

// Bumped whenever what a reference holds or how it is made changes: older cache files are then
// simply not found (their name carries the version).
inline constexpr const char* kReferenceModelVersion = "ref3-soxr-mfcc13d-26mel-100-3800-nuclei";

// The script's own sound as the follower compares a speaker with: the whole script read through
// the speech plan (the normaliser and voices of `podium speak`) by eSpeak NG into memory,
// resampled to 16 kHz and reduced to features. Throws podium::Error when synthesis fails.
[[nodiscard]] ScriptReference render_script_reference(SpeechEngine& engine, const Script& script, const SpeechVoices& voices);

// $XDG_CACHE_HOME/podium/references (~/.cache/podium/references).
[[nodiscard]] std::filesystem::path reference_cache_directory(const EnvironmentLookup& environment);

// The file a reference for this script, voices and model version is cached in.
[[nodiscard]] std::filesystem::path reference_cache_file(const std::filesystem::path& directory, const Script& script,
    const SpeechVoices& voices);

// The reference cached for this script and voices, or null.
[[nodiscard]] std::shared_ptr<const ScriptReference> load_cached_reference(const std::filesystem::path& cache_directory,
    const Script& script, const SpeechVoices& voices);
// Writes it to the cache atomically; a cache that cannot be written is not an error (returns false).
bool store_cached_reference(const std::filesystem::path& cache_directory, const Script& script, const SpeechVoices& voices,
    const ScriptReference& reference);

// The script's reference in a low and a high register (the presets' voices and their "+f3"
// variant), from the cache or rendered (and cached); the engine is started only when one is
// missing. The follower keeps the one that suits the speaker (ScriptFollower::set_references).
// How many renderings script_references() makes: the presets' register and the higher one.
inline constexpr std::size_t kReferenceRegisters = 2;

// The same, handed over one by one as each is made (low register first), so that the follower
// can lead with the first while the second is rendered (ScriptFollower::add_reference).
using ReferenceReady = std::function<void(std::shared_ptr<const ScriptReference>)>;
void make_script_references(const Script& script, const SpeechVoices& voices, const std::filesystem::path& cache_directory,
    const ReferenceReady& ready);

struct ReferenceSet {
    std::vector<std::shared_ptr<const ScriptReference>> renderings;
    std::vector<std::string> voices;   // the main language's eSpeak voice of each
};
[[nodiscard]] ReferenceSet script_references(const Script& script, const SpeechVoices& voices,
    const std::filesystem::path& cache_directory);

// The voices with every eSpeak voice in a higher register (eSpeak's "+f3" variant): a reference
// that matches a female reader's formants far better than the default male voices.
[[nodiscard]] SpeechVoices register_voices(SpeechVoices voices, bool high);

} // namespace podium
