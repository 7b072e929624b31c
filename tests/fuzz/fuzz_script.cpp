// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer entry point: any bytes through the loader, then the splitter and section
// detection, checking the invariants every later stage relies on.
#include "core/script/script.hpp"
#include "core/text/load.hpp"
#include "core/text/sentence_splitter.hpp"
#include "core/text/utf8.hpp"
#include "script_invariants.hpp"

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    // The splitter must survive any bytes, valid UTF-8 or not: spans in order, inside the text.
    std::size_t raw_end = 0;
    for (const podium::Span span : podium::split_sentences(bytes)) {
        if (span.empty() || span.begin < raw_end || span.end > bytes.size()) {
            std::abort();
        }
        raw_end = span.end;
    }
    podium::LoadResult loaded = podium::decode_text(bytes);
    if (!loaded.ok()) {
        if (loaded.error.empty() || loaded.error.find('\n') != std::string::npos) {
            std::abort(); // errors are one line
        }
        return 0;
    }
    // Decoded text is valid UTF-8 with LF line ends; sentences start and end on characters
    // that are not white space.
    if (podium::utf8::first_invalid(loaded.text) != std::string_view::npos
        || loaded.text.find('\r') != std::string::npos) {
        std::abort();
    }
    for (const podium::Span span : podium::split_sentences(loaded.text)) {
        std::size_t first = span.begin;
        std::size_t last = span.end;
        if (podium::utf8::is_white_space(podium::utf8::next(loaded.text, first))
            || podium::utf8::is_white_space(podium::utf8::previous(loaded.text, last))) {
            std::abort();
        }
    }
    for (const auto format : {podium::ScriptFormat::PlainText, podium::ScriptFormat::Markdown}) {
        const podium::Script script = podium::build_script(loaded.text, format);
        podium::fuzzing::check_script_invariants(script);
    }
    return 0;
}
