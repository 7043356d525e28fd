#include "platform/offscreen_canvas.h"

#include <png.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

namespace kiosk {
namespace {

struct PngWriter {
    png_structp png = nullptr;
    png_infop info = nullptr;
    ~PngWriter() { png_destroy_write_struct(&png, &info); }
};

struct FileCloser {
    void operator()(std::FILE* file) const { std::fclose(file); }
};

}  // namespace

Result<std::unique_ptr<OffscreenCanvas>> OffscreenCanvas::create(Size size) {
    // XRGB8888: the software renderer's own layout, which libpng reads as BGRX rows.
    SDL_Surface* surface = SDL_CreateRGBSurfaceWithFormat(0, size.w, size.h, 32, SDL_PIXELFORMAT_XRGB8888);
    if (surface == nullptr) return failure(std::string("cannot make a picture in memory: ") + SDL_GetError());
    SDL_Renderer* renderer = SDL_CreateSoftwareRenderer(surface);
    if (renderer == nullptr) {
        SDL_FreeSurface(surface);
        return failure(std::string("cannot draw in memory: ") + SDL_GetError());
    }
    return std::unique_ptr<OffscreenCanvas>(new OffscreenCanvas(surface, renderer, size));
}

OffscreenCanvas::~OffscreenCanvas() {
    SDL_DestroyRenderer(renderer_);
    SDL_FreeSurface(surface_);
}

Status OffscreenCanvas::save_png(const std::string& path) {
    SDL_RenderFlush(renderer_);  // the renderer batches drawing; the surface must hold it all
    std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "wb"));
    if (!file) return failure(Error(path, std::string("cannot write: ") + std::strerror(errno)));
    PngWriter writer;
    writer.png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    if (writer.png != nullptr) writer.info = png_create_info_struct(writer.png);
    if (writer.info == nullptr) return failure(Error(path, "cannot start a PNG"));
    std::vector<png_bytep> rows(static_cast<std::size_t>(size_.h));
    for (int y = 0; y < size_.h; ++y) {
        rows[static_cast<std::size_t>(y)] =
            static_cast<png_bytep>(surface_->pixels) + static_cast<std::ptrdiff_t>(y) * surface_->pitch;
    }
    // libpng reports errors by longjmp; nothing with a destructor is made past this point.
    if (setjmp(png_jmpbuf(writer.png))) return failure(Error(path, "cannot write (disk full?)"));
    png_init_io(writer.png, file.get());
    png_set_compression_level(writer.png, 1);
    png_set_filter(writer.png, PNG_FILTER_TYPE_BASE, PNG_FILTER_SUB);
    png_set_IHDR(writer.png, writer.info, static_cast<png_uint_32>(size_.w), static_cast<png_uint_32>(size_.h), 8,
                 PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_BASE, PNG_FILTER_TYPE_BASE);
    png_write_info(writer.png, writer.info);
    // A pixel is one 32-bit 0x00RRGGBB word: B, G, R, X in memory on a little-endian machine.
    if constexpr (SDL_BYTEORDER == SDL_LIL_ENDIAN) {
        png_set_bgr(writer.png);
        png_set_filler(writer.png, 0, PNG_FILLER_AFTER);
    } else {
        png_set_filler(writer.png, 0, PNG_FILLER_BEFORE);
    }
    png_write_image(writer.png, rows.data());
    png_write_end(writer.png, nullptr);
    return {};
}

}  // namespace kiosk
