// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/script/script.hpp"
#include "core/text/load.hpp"
#include "speech/speech_plan.hpp"
#include "speech/voice_preset.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <initializer_list>
#include <string>
#include <unistd.h>

namespace podium::test {

// The project's bundled presets (voices/ in the source tree).
inline VoiceCatalog bundled_catalog()
{
    return load_voice_catalog({std::filesystem::path(PODIUM_SOURCE_DIR) / "voices"});
}

inline SpeechVoices bundled_voices(SpokenLanguage primary = SpokenLanguage::Chinese)
{
    const VoiceCatalog catalog = bundled_catalog();
    REQUIRE(catalog.default_for(SpokenLanguage::Chinese) != nullptr);
    REQUIRE(catalog.default_for(SpokenLanguage::English) != nullptr);
    return {*catalog.default_for(SpokenLanguage::Chinese), *catalog.default_for(SpokenLanguage::English), primary, {}};
}

inline Script script_from(std::string text)
{
    return build_script(std::move(text), ScriptFormat::PlainText);
}

// A script with exactly these sentences, one paragraph each, in one section: independent of
// the splitter and section detection.
inline Script script_of(std::initializer_list<std::string_view> sentences)
{
    Script script;
    for (const std::string_view sentence : sentences) {
        const std::size_t begin = script.text.size();
        script.text.append(sentence);
        const std::size_t index = script.sentences.size();
        script.sentences.push_back({{begin, script.text.size()}, index, 0, false});
        script.paragraphs.push_back({{begin, script.text.size()}, index, 1});
        script.text += '\n';
    }
    script.sections.push_back({"", 1, SectionKind::Preamble, std::nullopt, 0, script.sentences.size()});
    return script;
}

inline Script sample_script(const char* name)
{
    const LoadResult loaded = load_text_file(std::filesystem::path(PODIUM_SOURCE_DIR) / "docs" / "samples" / name);
    REQUIRE(loaded.ok());
    return build_script(loaded.text, format_for_path(name));
}

inline SentenceRange all_sentences(const Script& script)
{
    return {0, script.sentences.size()};
}

// A fresh directory under the system temp dir, removed at the end of the test.
class TempDirectory {
public:
    TempDirectory()
    {
        std::string pattern = (std::filesystem::temp_directory_path() / "podium-speech-XXXXXX").string();
        REQUIRE(mkdtemp(pattern.data()) != nullptr);
        m_path = pattern;
    }
    ~TempDirectory()
    {
        std::error_code ignored;
        std::filesystem::remove_all(m_path, ignored);
    }
    TempDirectory(const TempDirectory&) = delete;
    TempDirectory& operator=(const TempDirectory&) = delete;
    [[nodiscard]] const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

} // namespace podium::test
