"""Pictures as a person should see them: upright, and in plain 8-bit colour.

The stored original is evidence and is never changed; what is *shown* (thumbnails, the redaction
canvas, the report) is derived from it here. A camera or phone often stores a photo sideways
with an EXIF "orientation" tag that every viewer honours, so a picture shown without it looks
wrong to the person who took it. Many valid files are not 8-bit RGB either: grayscale or 1-bit
with a transparent colour, 16-bit, palette, CMYK (from print workflows).
"""

from __future__ import annotations

from PIL import Image, ImageOps

WHITE = (255, 255, 255)
# What a broken EXIF block raises inside ImageOps.exif_transpose (Pillow parses it lazily).
_EXIF_ERRORS = (ValueError, OSError, SyntaxError, KeyError, TypeError, IndexError, EOFError)


def oriented(image: Image.Image) -> Image.Image:
    """*image* turned the way its EXIF orientation says (a copy), or as it is when it has no
    orientation or an unreadable one: a damaged tag must not hide the picture."""
    try:
        turned = ImageOps.exif_transpose(image)
    except _EXIF_ERRORS:
        return image
    return turned if turned is not None else image


def upright_size(image: Image.Image) -> tuple[int, int]:
    """Width and height as shown: swapped for the four orientations that turn by 90°."""
    try:
        orientation = image.getexif().get(0x0112, 1)
    except _EXIF_ERRORS:
        return image.size
    return (image.height, image.width) if orientation in (5, 6, 7, 8) else image.size


def flattened(image: Image.Image) -> Image.Image:
    """*image* as 8-bit RGB: transparency over white (as a viewer's light page shows it),
    16-bit and 32-bit grey scaled down rather than clipped to white."""
    if image.mode in ("I;16", "I;16B", "I;16L", "I"):
        scale = 1 / 256 if image.mode != "I" or _max(image) > 255 else 1
        image = image.convert("I").point(lambda v: v * scale).convert("L")
    if image.mode == "P" and "transparency" in image.info:
        image = image.convert("RGBA")
    if image.mode in ("L", "1") and "transparency" in image.info:
        image = image.convert("LA")
    if image.mode == "RGB" and "transparency" in image.info:
        image = image.convert("RGBA")
    if image.mode in ("RGBA", "LA", "PA", "La", "RGBa"):
        rgba = image.convert("RGBA")
        page = Image.new("RGBA", rgba.size, (*WHITE, 255))
        return Image.alpha_composite(page, rgba).convert("RGB")
    return image.convert("RGB")


def shown(image: Image.Image) -> Image.Image:
    """What a person sees: upright and flattened."""
    return flattened(oriented(image))


def _max(image: Image.Image) -> int:
    extrema = image.getextrema()
    high = extrema[1] if isinstance(extrema, tuple) else 0
    return int(high) if isinstance(high, (int, float)) else 0
