// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/import/import_result.hpp"
#include "core/import/zip_archive.hpp"

namespace podium {

// Reads the speaker notes of a PowerPoint deck (.pptx): slides in presentation order, and for
// each slide with notes a level-1 section titled with the slide's title (its title
// placeholder; "Slide N" when it has none) holding the notes' paragraphs. Slides without notes
// give nothing; slide text other than the title is not read (it is what the audience sees).
[[nodiscard]] ImportResult import_pptx(ZipArchive& archive);

} // namespace podium
