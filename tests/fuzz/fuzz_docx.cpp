// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer entry point for document import: any bytes as a .docx, an .odt and a .pptx
// (zip, XML, styles, numbering, notes), then build_script, checking that errors are one line
// and that every span the importer hands on lies inside the text, in order.
#include "core/import/import.hpp"
#include "core/script/script.hpp"
#include "script_invariants.hpp"

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

// A small inflate budget keeps each run fast; the limit logic is the same at 256 MiB.
constexpr std::size_t kFuzzInflateBudget = 4u * 1024u * 1024u;

void check(const podium::ImportedDocument& document)
{
    if (!document.ok()) {
        if (document.error.empty() || document.error.find('\n') != std::string::npos) {
            std::abort(); // errors are one line
        }
        return;
    }
    const podium::ScriptSource& source = document.source;
    std::size_t previous = 0;
    for (const podium::StyleRun& run : source.styles) {
        if (run.span.begin < previous || run.span.end > source.text.size() || run.span.empty()) {
            std::abort();
        }
        previous = run.span.end;
    }
    for (const podium::ExplicitHeading& heading : source.headings) {
        if (heading.offset >= source.text.size() || heading.level < 1 || heading.level > 9) {
            std::abort();
        }
    }
    const podium::Script script = podium::build_script(podium::ScriptSource(source));
    podium::fuzzing::check_script_invariants(script);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    for (const auto format : {podium::DocumentFormat::Docx, podium::DocumentFormat::Odt, podium::DocumentFormat::Pptx}) {
        check(podium::import_bytes(bytes, format, kFuzzInflateBudget));
    }
    return 0;
}
