#include "core/script/script.hpp"

#include "core/text/sentence_splitter.hpp"

#include <algorithm>
#include <cctype>

namespace podium {

ScriptFormat format_for_path(const std::filesystem::path& path)
{
    std::string extension = path.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
        [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return (extension == ".md" || extension == ".markdown") ? ScriptFormat::Markdown : ScriptFormat::PlainText;
}

// Interim implementation: one preamble section. The sections issue replaces it.
Script build_script(std::string text, ScriptFormat format)
{
    Script script;
    script.text = std::move(text);
    script.format = format;
    for (const Span& span : split_sentences(script.text)) {
        script.sentences.push_back({span, 0, 0, false});
    }
    script.paragraphs.push_back({{0, script.text.size()}, 0, script.sentences.size()});
    script.sections.push_back({"", 1, SectionKind::Preamble, std::nullopt, 0, script.sentences.size()});
    return script;
}

} // namespace podium
