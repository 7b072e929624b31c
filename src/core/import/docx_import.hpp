// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/import/import_result.hpp"
#include "core/import/zip_archive.hpp"

namespace podium {

// Reads a Word document (.docx, also WPS and LibreOffice's): the main document part named by
// _rels/.rels, with styles.xml (heading styles) and numbering.xml (automatic numbers).
// Paragraphs become lines; heading styles and outline levels become sections; a soft line
// break (w:br) starts a new line; table rows become one line each, cells separated by two
// spaces; text boxes follow the paragraph holding them; footnotes, endnotes, comments,
// headers, footers, deleted text and field codes are left out; bold and italic runs keep
// their style.
[[nodiscard]] ImportResult import_docx(ZipArchive& archive);

} // namespace podium
