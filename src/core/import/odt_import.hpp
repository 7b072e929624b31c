// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/import/import_result.hpp"
#include "core/import/zip_archive.hpp"

namespace podium {

// Reads an OpenDocument text (.odt): content.xml with the styles of content.xml and
// styles.xml. text:h (with its outline level) becomes a section; text:p and list items become
// lines, list numbers generated from the list style; text:line-break starts a new line; table
// rows become one line each; frames' text boxes follow their paragraph; notes (footnotes),
// annotations (comments), tracked deletions and tables of contents are left out. A package
// whose manifest lists encryption data is refused as encrypted.
[[nodiscard]] ImportResult import_odt(ZipArchive& archive);

} // namespace podium
