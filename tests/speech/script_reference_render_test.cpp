// SPDX-License-Identifier: GPL-3.0-or-later
// The script's reference sound in both registers: rendered by the one eSpeak worker, analysed on
// threads of their own, handed over low register first, cached.
#include "speech/reference_analysis.hpp"
#include "speech/script_reference_render.hpp"
#include "speech/speech_engine.hpp"
#include "speech_test_support.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <vector>

namespace podium {

namespace {

std::vector<std::shared_ptr<const ScriptReference>> make_all(const Script& script, const SpeechVoices& voices,
    const std::filesystem::path& cache)
{
    std::vector<std::shared_ptr<const ScriptReference>> made;
    make_script_references(script, voices, cache, [&](std::shared_ptr<const ScriptReference> reference) {
        REQUIRE(reference != nullptr);
        made.push_back(std::move(reference));
    });
    return made;
}

// Whether `a` is a rendering of the same voice as `same` rather than as `other`: the same length
// within 2%, and mean cepstra (c1–c12 of the raw features) far closer to `same`'s.
bool sounds_like(const ScriptReference& a, const ScriptReference& same, const ScriptReference& other)
{
    double to_same = 0.0;
    double to_other = 0.0;
    for (std::size_t k = 0; k < kCepstra - 1; ++k) {
        to_same += std::abs(a.raw_stats().mean[k] - same.raw_stats().mean[k]);
        to_other += std::abs(a.raw_stats().mean[k] - other.raw_stats().mean[k]);
    }
    INFO("cepstral distance to the same voice " << to_same << ", to the other " << to_other << "; frames " << a.size()
                                                << " against " << same.size());
    CHECK(std::abs(static_cast<double>(a.size()) - static_cast<double>(same.size())) <= 0.02 * static_cast<double>(same.size()));
    return to_same < 0.25 * to_other;
}

} // namespace

TEST_CASE("both registers of the reference are made, the low one first, and cached", "[speech][reference]")
{
    const test::TempDirectory cache;
    const Script script = test::script_of({"The first sentence is short.", "And the second one follows it."});
    const SpeechVoices voices = test::bundled_voices(SpokenLanguage::English);

    const auto made = make_all(script, voices, cache.path());
    REQUIRE(made.size() == kReferenceRegisters);
    for (const auto& reference : made) {
        CHECK(reference->sentence_count() == 2);
        CHECK(reference->size() > 100); // over a second of voiced 10 ms frames
        CHECK(reference->first_frame(1) > reference->first_frame(0));
        CHECK(reference->nuclei_per_frame() > 0.0);
    }
    // The low register (the presets' voices) comes first, then "+f3": each is what its cache file holds.
    const auto low = load_cached_reference(cache.path(), script, register_voices(voices, false));
    const auto high = load_cached_reference(cache.path(), script, register_voices(voices, true));
    REQUIRE(low != nullptr);
    REQUIRE(high != nullptr);
    CHECK(*made[0] == *low);
    CHECK(*made[1] == *high);
    CHECK_FALSE(*low == *high);

    SECTION("a second time both come from the cache")
    {
        const auto again = make_all(script, voices, cache.path());
        REQUIRE(again.size() == 2);
        CHECK(*again[0] == *made[0]);
        CHECK(*again[1] == *made[1]);
    }
    // eSpeak NG draws on the C library's random() (breathiness, jitter), so a rendering repeated
    // in the same process differs a little from the first: compared by its sound, not bit for bit.
    SECTION("with only the high register cached, the low one is rendered again and still comes first")
    {
        std::filesystem::remove(reference_cache_file(cache.path(), script, register_voices(voices, false)));
        const auto again = make_all(script, voices, cache.path());
        REQUIRE(again.size() == 2);
        CHECK(sounds_like(*again[0], *made[0], *made[1]));
        CHECK(*again[1] == *made[1]);
    }
    SECTION("rendered alone, a register sounds as when both are made together")
    {
        SpeechEngine engine;
        CHECK(sounds_like(render_script_reference(engine, script, register_voices(voices, true)), *made[1], *made[0]));
    }
}

TEST_CASE("an exception from the hand-over ends the making without hanging, and nothing is handed over twice",
    "[speech][reference]")
{
    const test::TempDirectory cache;
    const Script script = test::script_of({"The first sentence is short.", "And the second one follows it."});
    const SpeechVoices voices = test::bundled_voices(SpokenLanguage::English);
    int calls = 0;
    CHECK_THROWS_AS(make_script_references(script, voices, cache.path(),
                        [&](std::shared_ptr<const ScriptReference>) {
                            ++calls;
                            throw std::runtime_error("the follower is gone");
                        }),
        std::runtime_error);
    CHECK(calls == 1);
}

TEST_CASE("an analysis given no audio makes an empty reference, and one never finished ends without waiting",
    "[speech][reference]")
{
    {
        ReferenceAnalysis analysis(3);
        analysis.finish({});
        const ScriptReference empty = analysis.take();
        CHECK(empty.empty());
        CHECK(analysis.done());
    }
    {
        ReferenceAnalysis abandoned(3); // the rendering failed half-way: the destructor must not hang
        const std::vector<std::int16_t> samples(22050, 1000);
        abandoned.add(samples);
    }
    SUCCEED("both analyses ended");
}

} // namespace podium
