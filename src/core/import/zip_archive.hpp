// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <zip.h>

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace podium {

// A zip archive (.docx, .odt, .pptx) read from memory through libzip, never written. Every
// entry is inflated in bounded chunks and counted against one budget for the whole archive,
// so a zip bomb stops as soon as it passes the budget, whatever its headers claim.
class ZipArchive {
public:
    struct Opened;

    // `bytes` must outlive the archive. Fails with a one-line reason (not a zip, damaged).
    [[nodiscard]] static Opened open(std::string_view bytes, std::size_t inflate_budget);

    [[nodiscard]] bool has(std::string_view name) const;

    // The entry's bytes, or nullopt with `error()` saying why (missing, encrypted, over the
    // budget, damaged).
    [[nodiscard]] std::optional<std::string> read(std::string_view name);
    // The same, handing the bytes to `sink` as they are inflated, a chunk at a time, so that a
    // large part is never held whole. False when read() would fail (`error()` says why), or
    // when `sink` returns false to stop (then `error()` is empty and the sink knows why).
    using Sink = std::function<bool(std::string_view bytes)>;
    [[nodiscard]] bool read(std::string_view name, const Sink& sink);
    [[nodiscard]] const std::string& error() const { return m_error; }
    [[nodiscard]] std::size_t inflated() const { return m_inflated; }
    // Whether any entry is encrypted with a zip password.
    [[nodiscard]] bool any_encrypted() const;

private:
    struct Closer {
        void operator()(zip_t* zip) const { zip_discard(zip); }
    };
    ZipArchive(zip_t* zip, std::size_t budget) : m_zip(zip), m_budget(budget) {}
    // Whether the entries' headers, names and compressed data fit in `archive_size` bytes.
    [[nodiscard]] bool entries_fit(std::size_t archive_size) const;

    std::unique_ptr<zip_t, Closer> m_zip;
    std::size_t m_budget = 0;
    std::size_t m_inflated = 0;
    std::string m_error;
};

struct ZipArchive::Opened {
    std::optional<ZipArchive> archive;
    std::string error;
};

} // namespace podium
