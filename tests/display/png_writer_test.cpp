// SPDX-License-Identifier: GPL-3.0-or-later
#include "display/png_writer.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <unistd.h>

using namespace podium;

TEST_CASE("a frame written as PNG reads back identical")
{
    FrameImage image;
    image.width = 7;
    image.height = 3;
    for (int i = 0; i < image.width * image.height; ++i) {
        image.rgba.insert(image.rgba.end(), {static_cast<std::uint8_t>(i * 11), static_cast<std::uint8_t>(255 - i),
                                                static_cast<std::uint8_t>(i * 3), 255});
    }
    const std::string bytes = encode_png(image);
    CHECK(bytes.substr(1, 3) == "PNG");
    const auto path = std::filesystem::temp_directory_path() / ("podium-png-test-" + std::to_string(::getpid()) + ".png");
    write_png(path, image);
    CHECK(read_png(path) == image);
    std::filesystem::remove(path);
}

TEST_CASE("writing a PNG into a folder that cannot exist is a clear error")
{
    FrameImage image{1, 1, {0, 0, 0, 255}};
    CHECK_THROWS_WITH(write_png("/proc/podium/frame.png", image), Catch::Contains("/proc/podium"));
}
