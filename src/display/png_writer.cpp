// SPDX-License-Identifier: GPL-3.0-or-later
#include "display/png_writer.hpp"

#include "core/error.hpp"
#include "core/io/atomic_file.hpp"

#include <png.h>

namespace podium {

namespace {

// png_image owns libpng state between begin and finish; png_image_free releases it on any path.
class PngImage {
public:
    PngImage()
    {
        m_image.version = PNG_IMAGE_VERSION;
    }
    ~PngImage() { png_image_free(&m_image); }
    PngImage(const PngImage&) = delete;
    PngImage& operator=(const PngImage&) = delete;
    png_image* get() { return &m_image; }

private:
    png_image m_image{};
};

} // namespace

std::string encode_png(const FrameImage& image)
{
    PngImage png;
    png.get()->width = static_cast<png_uint_32>(image.width);
    png.get()->height = static_cast<png_uint_32>(image.height);
    png.get()->format = PNG_FORMAT_RGBA;
    png_alloc_size_t size = 0;
    if (png_image_write_to_memory(png.get(), nullptr, &size, 0, image.rgba.data(), 0, nullptr) == 0) {
        throw Error(std::string("cannot encode the frame as PNG: ") + png.get()->message);
    }
    std::string bytes(size, '\0');
    if (png_image_write_to_memory(png.get(), bytes.data(), &size, 0, image.rgba.data(), 0, nullptr) == 0) {
        throw Error(std::string("cannot encode the frame as PNG: ") + png.get()->message);
    }
    bytes.resize(size);
    return bytes;
}

void write_png(const std::filesystem::path& path, const FrameImage& image)
{
    const std::string message = write_file_atomically(path, encode_png(image));
    if (!message.empty()) {
        throw Error(message);
    }
}

FrameImage read_png(const std::filesystem::path& path)
{
    PngImage png;
    if (png_image_begin_read_from_file(png.get(), path.c_str()) == 0) {
        throw Error("cannot read " + path.string() + ": " + png.get()->message);
    }
    png.get()->format = PNG_FORMAT_RGBA;
    FrameImage image;
    image.width = static_cast<int>(png.get()->width);
    image.height = static_cast<int>(png.get()->height);
    image.rgba.resize(PNG_IMAGE_SIZE(*png.get()));
    if (png_image_finish_read(png.get(), nullptr, image.rgba.data(), 0, nullptr) == 0) {
        throw Error("cannot read " + path.string() + ": " + png.get()->message);
    }
    return image;
}

} // namespace podium
