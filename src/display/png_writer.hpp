// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace podium {

// A frame read back from a renderer: tightly packed RGBA bytes, row by row from the top.
struct FrameImage {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> rgba;
    [[nodiscard]] const std::uint8_t* pixel(int x, int y) const
    {
        return rgba.data() + (static_cast<std::size_t>(y) * static_cast<std::size_t>(width) + static_cast<std::size_t>(x)) * 4u;
    }
    friend bool operator==(const FrameImage&, const FrameImage&) = default;
};

// PNG bytes of the image (libpng's simplified API: no setjmp in our code).
[[nodiscard]] std::string encode_png(const FrameImage& image);
// Writes the image as a PNG atomically (temp file + rename); throws podium::Error on failure.
void write_png(const std::filesystem::path& path, const FrameImage& image);
// Reads a PNG back as RGBA (tests, tools); throws podium::Error on failure.
[[nodiscard]] FrameImage read_png(const std::filesystem::path& path);

} // namespace podium
