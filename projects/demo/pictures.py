"""Pictures drawn with Pillow for the demo: no downloads, same picture for the same seed."""

import io
import random

from PIL import Image, ImageDraw, ImageFilter

SKIES = [
    ((94, 146, 196), (214, 232, 245)),
    ((232, 148, 96), (250, 222, 170)),
    ((60, 90, 140), (170, 196, 226)),
]
HOUSE_COLOURS = [(164, 38, 38), (236, 228, 210), (214, 160, 40), (60, 90, 120), (120, 30, 30)]


def _gradient(size, top, bottom):
    width, height = size
    sky = Image.new("RGB", size)
    draw = ImageDraw.Draw(sky)
    for y in range(height):
        t = y / max(1, height - 1)
        draw.line(
            [(0, y), (width, y)],
            fill=tuple(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)),
        )
    return sky


def _ridge(draw, rng, width, base, height, colour, roughness):
    points = [(0, base)]
    x = 0
    y = base - rng.uniform(0.2, 0.6) * height
    while x < width:
        points.append((x, y))
        x += rng.uniform(width / 14, width / 6)
        y = max(
            base - height, min(base - height * 0.1, y + rng.uniform(-roughness, roughness) * height)
        )
    points += [(width, y), (width, base)]
    draw.polygon(points, fill=colour)


def _house(draw, x, ground, scale, colour):
    w, h = 60 * scale, 40 * scale
    draw.rectangle([x, ground - h, x + w, ground], fill=colour)
    draw.polygon(
        [
            (x - 6 * scale, ground - h),
            (x + w / 2, ground - h - 28 * scale),
            (x + w + 6 * scale, ground - h),
        ],
        fill=(50, 50, 55),
    )
    draw.rectangle(
        [x + w * 0.2, ground - h * 0.7, x + w * 0.4, ground - h * 0.35], fill=(250, 240, 200)
    )
    draw.rectangle(
        [x + w * 0.6, ground - h * 0.7, x + w * 0.8, ground - h * 0.35], fill=(250, 240, 200)
    )


def _person(draw, x, ground, scale, colour):
    draw.ellipse(
        [x - 6 * scale, ground - 52 * scale, x + 6 * scale, ground - 40 * scale],
        fill=(235, 200, 170),
    )
    draw.rounded_rectangle(
        [x - 9 * scale, ground - 40 * scale, x + 9 * scale, ground - 12 * scale],
        radius=4 * scale,
        fill=colour,
    )
    draw.rectangle([x - 7 * scale, ground - 12 * scale, x + 7 * scale, ground], fill=(40, 40, 60))


def landscape(seed, size=(1600, 1000), houses=3, people=0, water=True):
    """A fjord landscape: sky, mountain ridges, water or meadow, houses and people."""
    rng = random.Random(seed)
    width, height = size
    image = _gradient(size, *rng.choice(SKIES))
    draw = ImageDraw.Draw(image)
    horizon = height * rng.uniform(0.55, 0.65)
    if rng.random() < 0.5:
        sun = (rng.uniform(0.1, 0.9) * width, height * rng.uniform(0.12, 0.3))
        r = height * 0.05
        draw.ellipse([sun[0] - r, sun[1] - r, sun[0] + r, sun[1] + r], fill=(255, 236, 170))
    for depth, colour in enumerate([(120, 140, 160), (80, 105, 110), (52, 78, 70)]):
        _ridge(
            draw,
            rng,
            width,
            horizon + depth * height * 0.04,
            height * (0.45 - depth * 0.1),
            colour,
            0.25,
        )
    ground_top = horizon + height * 0.08
    if water:
        draw.rectangle([0, ground_top, width, height], fill=(46, 98, 130))
        for _ in range(40):
            y = rng.uniform(ground_top + 5, height)
            x = rng.uniform(0, width)
            draw.line([(x, y), (x + rng.uniform(20, 90), y)], fill=(120, 170, 200), width=2)
        shore = height * 0.86
        draw.rectangle([0, shore, width, height], fill=(78, 120, 62))
    else:
        shore = ground_top
        draw.rectangle([0, shore, width, height], fill=(88, 136, 70))
    ground = shore + (height - shore) * 0.45
    scale = width / 800
    for index in range(houses):
        x = width * (0.08 + index * 0.8 / max(1, houses)) + rng.uniform(0, 40 * scale)
        _house(draw, x, ground, scale * rng.uniform(0.8, 1.2), rng.choice(HOUSE_COLOURS))
    for _ in range(people):
        x = rng.uniform(0.05, 0.95) * width
        _person(
            draw,
            x,
            height * 0.97,
            scale * 1.3,
            rng.choice([(200, 60, 60), (40, 110, 180), (230, 180, 40), (60, 140, 80)]),
        )
    return image.filter(ImageFilter.SMOOTH)


def meeting_room(seed, size=(1600, 1000), people=8):
    """People around a table in a bright room, for meetings and workshops."""
    rng = random.Random(seed)
    width, height = size
    image = Image.new("RGB", size, (236, 230, 218))
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, height * 0.62, width, height], fill=(176, 140, 100))
    draw.rectangle([width * 0.08, height * 0.12, width * 0.42, height * 0.45], fill=(170, 206, 230))
    draw.line(
        [(width * 0.25, height * 0.12), (width * 0.25, height * 0.45)],
        fill=(240, 240, 240),
        width=8,
    )
    draw.rectangle(
        [width * 0.55, height * 0.14, width * 0.9, height * 0.42],
        fill=(250, 250, 250),
        outline=(120, 120, 120),
        width=4,
    )
    for line in range(4):
        y = height * (0.2 + line * 0.05)
        draw.line(
            [(width * 0.58, y), (width * rng.uniform(0.7, 0.86), y)], fill=(60, 90, 160), width=6
        )
    scale = width / 800
    for index in range(people):
        x = width * (0.12 + index * 0.76 / max(1, people - 1))
        _person(
            draw,
            x,
            height * 0.66,
            scale * 1.6,
            rng.choice(
                [(200, 60, 60), (40, 110, 180), (230, 180, 40), (60, 140, 80), (120, 80, 160)]
            ),
        )
    draw.rounded_rectangle(
        [width * 0.06, height * 0.6, width * 0.94, height * 0.7], radius=12, fill=(120, 84, 52)
    )
    return image


def portrait(initials, seed, size=(600, 600)):
    """An illustrated portrait placeholder: initials on a coloured disc."""
    rng = random.Random(seed)
    image = Image.new("RGB", size, (238, 242, 240))
    draw = ImageDraw.Draw(image)
    colour = rng.choice([(11, 90, 74), (120, 50, 110), (30, 80, 150), (150, 70, 20)])
    draw.ellipse([40, 40, size[0] - 40, size[1] - 40], fill=colour)
    draw.ellipse(
        [size[0] * 0.36, size[1] * 0.22, size[0] * 0.64, size[1] * 0.5], fill=(236, 214, 190)
    )
    draw.pieslice(
        [size[0] * 0.2, size[1] * 0.52, size[0] * 0.8, size[1] * 1.05],
        180,
        360,
        fill=(236, 214, 190),
    )
    draw.text(
        (size[0] * 0.43, size[1] * 0.8), initials, fill=(255, 255, 255), font_size=size[0] // 9
    )
    return image


def jpeg(image, quality=85):
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality)
    return buffer.getvalue()
