// libFuzzer entry point: any bytes through the loader, then the splitter and section
// detection, checking the invariants every later stage relies on.
#include "core/script/script.hpp"
#include "core/text/load.hpp"
#include "core/text/sentence_splitter.hpp"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    // The splitter must survive any bytes, valid UTF-8 or not.
    for (const podium::Span span : podium::split_sentences(bytes)) {
        if (span.empty() || span.end > bytes.size()) {
            std::abort();
        }
    }
    podium::LoadResult loaded = podium::decode_text(bytes);
    if (!loaded.ok()) {
        return 0;
    }
    for (const auto format : {podium::ScriptFormat::PlainText, podium::ScriptFormat::Markdown}) {
        const podium::Script script = podium::build_script(loaded.text, format);
        std::size_t previous_end = 0;
        for (const auto& sentence : script.sentences) {
            if (sentence.span.empty() || sentence.span.begin < previous_end || sentence.span.end > script.text.size()
                || sentence.section >= script.sections.size()) {
                std::abort();
            }
            previous_end = sentence.span.end;
        }
        for (const auto& section : script.sections) {
            if (section.first_sentence > section.end_sentence || section.end_sentence > script.sentences.size()) {
                std::abort();
            }
        }
    }
    return 0;
}
