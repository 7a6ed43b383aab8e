"""Pictures drawn with Pillow for the demo: no downloads, the same picture for the same seed.

Each kind always shows what the alternative texts of the content modules
(content/<language>.py) say of it (a fjord drawing always has snow on the tops, houses
on the shore and a boat); the seed only varies light, colours and where things stand.
"""

import functools
import io
import itertools
import random

from PIL import Image, ImageChops, ImageDraw, ImageFont

# (sky top, sky bottom, water light, water dark, sun or None)
SKIES = {
    "day": ((78, 136, 200), (208, 229, 244), (92, 146, 180), (34, 82, 112), (255, 246, 214)),
    "evening": ((58, 72, 138), (248, 196, 146), (120, 120, 160), (40, 56, 96), (255, 214, 160)),
    "overcast": ((146, 162, 178), (214, 221, 227), (120, 146, 160), (58, 88, 104), None),
}
WALLS = [(168, 40, 36), (238, 232, 216), (222, 172, 58), (74, 104, 128), (128, 34, 30)]
ROOFS = [(52, 54, 60), (92, 50, 40), (64, 72, 62)]
CLOTHES = [(196, 58, 52), (42, 108, 176), (232, 178, 44), (58, 136, 84), (122, 78, 158)]
SKIN = [(240, 206, 176), (214, 168, 128), (160, 112, 78), (102, 70, 48)]
HAIR = [(52, 36, 28), (150, 102, 54), (226, 196, 120), (30, 30, 32), (180, 180, 176)]


def draw(kind, seed, size=(1600, 1000)):
    """A picture of the given kind: one of SCENES (fjord, village, quay, trail, farms,
    school, building_site, road or meeting)."""
    # Small pictures are drawn at twice the size and reduced, for smooth edges; large
    # ones get that smoothing from the site's own smaller renditions.
    factor = 2 if size[0] < 1200 else 1
    canvas = (size[0] * factor, size[1] * factor)
    image = SCENES[kind](random.Random(f"{kind}-{seed}"), canvas)
    if factor > 1:
        image = image.resize(size, Image.Resampling.LANCZOS)
    return image


def jpeg(image, quality=85):
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality)
    return buffer.getvalue()


# The demo is loaded again and again in one process (each browser test, each language),
# and drawing its thirty pictures took a fifth of each load: the same seed always gives
# the same picture, so each is drawn once per process. Bytes, never a shared Image.
@functools.lru_cache(maxsize=128)
def drawn_jpeg(kind, seed, size):
    return jpeg(draw(kind, seed, size))


@functools.lru_cache(maxsize=128)
def portrait_jpeg(initials, seed):
    return jpeg(portrait(initials, seed))


def portrait(initials, seed, size=(480, 480)):
    """A portrait placeholder: the person's initials on a coloured disc."""
    rng = random.Random(f"portrait-{seed}")
    image = Image.new("RGB", size, (240, 238, 232))
    pen = ImageDraw.Draw(image)
    colour = rng.choice([(11, 90, 74), (120, 50, 110), (30, 80, 150), (150, 70, 20), (90, 90, 40)])
    margin = size[0] * 0.06
    pen.ellipse([margin, margin, size[0] - margin, size[1] - margin], fill=colour)
    pen.text(
        (size[0] / 2, size[1] / 2),
        initials,
        font=_font(size[0] // 3),
        fill=(255, 255, 255),
        anchor="mm",
    )
    return image


def _font(size):
    # Pillow's own font has no Æ, Ø or Å; DejaVu has, and is on most Linux systems.
    try:
        return ImageFont.truetype("DejaVuSans-Bold.ttf", size)
    except OSError:
        return ImageFont.load_default(size)


# Building blocks ---------------------------------------------------------------------


def _mix(a, b, t):
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))


def _shade(colour, factor):
    return tuple(max(0, min(255, round(c * factor))) for c in colour)


def _gradient(size, top, bottom):
    column = Image.new("RGB", (1, 256))
    column.putdata([_mix(top, bottom, i / 255) for i in range(256)])
    return column.resize(size, Image.Resampling.BILINEAR)


def _sky(rng, size, weather=None):
    name = weather or rng.choice(["day", "day", "evening", "overcast"])
    top, bottom, *_, sun = SKIES[name]
    image = _gradient(size, top, bottom)
    pen = ImageDraw.Draw(image)
    width, height = size
    if sun:
        x, y, r = rng.uniform(0.15, 0.85) * width, rng.uniform(0.1, 0.22) * height, height * 0.05
        pen.ellipse([x - r, y - r, x + r, y + r], fill=sun)
    for _ in range(rng.randint(2, 4)):
        x, y = rng.uniform(0, width), rng.uniform(0.05, 0.25) * height
        cloud = _mix(bottom, (255, 255, 255), 0.6)
        for _ in range(5):
            dx, dy = rng.uniform(-0.06, 0.06) * width, rng.uniform(-0.02, 0.02) * height
            rx, ry = rng.uniform(0.03, 0.06) * width, rng.uniform(0.02, 0.035) * height
            pen.ellipse([x + dx - rx, y + dy - ry, x + dx + rx, y + dy + ry], fill=cloud)
    return image, name


def _ridge(rng, width, base, height, roughness=0.55, iterations=7):
    """A mountain outline by midpoint displacement: points from left to right."""
    values = [rng.uniform(0.25, 0.75), rng.uniform(0.25, 0.75)]
    spread = 0.5
    for _ in range(iterations):
        refined = []
        for left, right in itertools.pairwise(values):
            refined += [left, (left + right) / 2 + rng.uniform(-spread, spread)]
        values = [*refined, values[-1]]
        spread *= roughness
    step = width / (len(values) - 1)
    return [(i * step, base - max(0.05, min(1.0, v)) * height) for i, v in enumerate(values)]


def _mountains(image, rng, horizon, snow=True, layers=3, weather="day"):
    """Ridges from far (pale, snow on the tops) to near (dark green)."""
    width, height = image.size
    far, near = (
        ((150, 160, 182), (54, 84, 66)) if weather != "evening" else ((128, 116, 150), (44, 60, 60))
    )
    for layer in range(layers):
        t = layer / max(1, layers - 1)
        colour = _mix(far, near, t)
        outline = _ridge(rng, width, horizon, height * (0.40 - 0.1 * layer))
        polygon = [(0, horizon), *outline, (width, horizon)]
        mask = Image.new("L", image.size, 0)
        ImageDraw.Draw(mask).polygon(polygon, fill=255)
        image.paste(_gradient(image.size, _shade(colour, 1.12), _shade(colour, 0.82)), mask=mask)
        if snow and layer == 0:
            top = min(y for _, y in outline)
            line = top + (horizon - top) * 0.3
            band = Image.new("L", image.size, 0)
            edge = [
                (x, line + rng.uniform(-0.025, 0.025) * height)
                for x in range(0, width + 40, max(1, width // 25))
            ]
            ImageDraw.Draw(band).polygon([(0, 0), (width, 0), *reversed(edge)], fill=255)
            image.paste((246, 248, 252), mask=ImageChops.multiply(mask, band))


def _water(image, rng, top, weather):
    """Water from `top` down, mirroring what stands above it."""
    width, height = image.size
    depth = height - top
    above = image.crop((0, max(0, top - depth), width, top)).resize((width, depth))
    reflection = above.transpose(Image.Transpose.FLIP_TOP_BOTTOM)
    _, _, light, dark, _ = SKIES[weather]
    water = Image.blend(_gradient((width, depth), light, dark), reflection, 0.35)
    image.paste(water, (0, top))
    pen = ImageDraw.Draw(image)
    for _ in range(60):
        y = rng.uniform(top + 4, height)
        x = rng.uniform(0, width)
        pen.line(
            [(x, y), (x + rng.uniform(0.01, 0.06) * width, y)],
            fill=_mix(light, (255, 255, 255), 0.4),
            width=max(1, height // 400),
        )


def _land(pen, points, colour):
    pen.polygon(points, fill=colour)


def _house(pen, x, ground, w, wall, roof, rng):
    """A house seen from the side: wall, a pitched roof, windows and a door."""
    h = w * 0.55
    pen.rectangle([x, ground - h, x + w, ground], fill=wall)
    pen.polygon(
        [
            (x - w * 0.06, ground - h),
            (x + w * 1.06, ground - h),
            (x + w * 0.86, ground - h - w * 0.32),
            (x + w * 0.14, ground - h - w * 0.32),
        ],
        fill=roof,
    )
    pen.rectangle(
        [x + w * 0.7, ground - h - w * 0.42, x + w * 0.78, ground - h - w * 0.2], fill=roof
    )
    frame = (250, 250, 246) if wall != WALLS[1] else (90, 90, 90)
    for fx in (0.12, 0.42):
        pen.rectangle(
            [x + w * fx, ground - h * 0.78, x + w * (fx + 0.16), ground - h * 0.42], fill=frame
        )
        pen.rectangle(
            [x + w * (fx + 0.02), ground - h * 0.75, x + w * (fx + 0.14), ground - h * 0.45],
            fill=(170, 200, 220) if rng.random() < 0.6 else (252, 226, 150),
        )
    pen.rectangle([x + w * 0.72, ground - h * 0.7, x + w * 0.88, ground], fill=_shade(wall, 0.6))


def _boathouse(pen, x, ground, w, colour):
    """A boathouse (naust) with its gable to the water."""
    h = w * 0.7
    pen.rectangle([x, ground - h, x + w, ground], fill=colour)
    pen.polygon(
        [
            (x - w * 0.08, ground - h),
            (x + w / 2, ground - h - w * 0.55),
            (x + w * 1.08, ground - h),
        ],
        fill=(58, 56, 56),
    )
    pen.rectangle(
        [x + w * 0.25, ground - h * 0.75, x + w * 0.75, ground], fill=_shade(colour, 0.55)
    )


def _boat(pen, x, y, w, hull):
    pen.polygon(
        [(x, y - w * 0.12), (x + w, y - w * 0.12), (x + w * 0.85, y), (x + w * 0.1, y)], fill=hull
    )
    pen.rectangle([x + w * 0.45, y - w * 0.3, x + w * 0.75, y - w * 0.12], fill=(240, 240, 236))
    pen.rectangle([x + w * 0.5, y - w * 0.26, x + w * 0.7, y - w * 0.18], fill=(120, 160, 190))


def _pine(pen, x, ground, h, colour=(34, 74, 48)):
    pen.rectangle([x - h * 0.03, ground - h * 0.2, x + h * 0.03, ground], fill=(84, 58, 40))
    for i in range(3):
        top = ground - h + i * h * 0.22
        half = h * (0.16 + i * 0.06)
        pen.polygon([(x, top), (x - half, top + h * 0.4), (x + half, top + h * 0.4)], fill=colour)


def _birch(pen, x, ground, h):
    pen.rectangle([x - h * 0.025, ground - h * 0.6, x + h * 0.025, ground], fill=(236, 234, 226))
    pen.ellipse([x - h * 0.25, ground - h, x + h * 0.25, ground - h * 0.45], fill=(104, 156, 72))


def _person(pen, x, ground, h, rng, carry=None):
    """A standing figure, `h` tall; carry="backpack" for hikers."""
    shirt, skin, hair = rng.choice(CLOTHES), rng.choice(SKIN), rng.choice(HAIR)
    r = h * 0.1
    if carry == "backpack":
        pen.rounded_rectangle(
            [x - h * 0.2, ground - h * 0.78, x - h * 0.04, ground - h * 0.46],
            radius=h * 0.04,
            fill=(70, 70, 80),
        )
    pen.rectangle([x - h * 0.09, ground - h * 0.45, x - h * 0.015, ground], fill=(44, 48, 70))
    pen.rectangle([x + h * 0.015, ground - h * 0.45, x + h * 0.09, ground], fill=(44, 48, 70))
    pen.rounded_rectangle(
        [x - h * 0.13, ground - h * 0.8, x + h * 0.13, ground - h * 0.42],
        radius=h * 0.05,
        fill=shirt,
    )
    pen.ellipse([x - r, ground - h, x + r, ground - h + 2 * r], fill=skin)
    pen.chord([x - r, ground - h - r * 0.1, x + r, ground - h + 1.3 * r], 180, 360, fill=hair)


def _seated(pen, x, table_top, h, rng):
    """Someone sitting behind a table: head and shoulders above its edge."""
    shirt, skin, hair = rng.choice(CLOTHES), rng.choice(SKIN), rng.choice(HAIR)
    r = h * 0.16
    pen.rounded_rectangle(
        [x - h * 0.28, table_top - h * 0.62, x + h * 0.28, table_top + h * 0.05],
        radius=h * 0.12,
        fill=shirt,
    )
    pen.ellipse([x - r, table_top - h, x + r, table_top - h + 2 * r], fill=skin)
    pen.chord([x - r, table_top - h - r * 0.1, x + r, table_top - h + 1.3 * r], 180, 360, fill=hair)


def _flag(pen, x, ground, h):
    """A flagpole with the Norwegian flag."""
    pen.rectangle([x - h * 0.008, ground - h, x + h * 0.008, ground], fill=(236, 236, 236))
    fw, fh = h * 0.3, h * 0.22
    left, top = x + h * 0.008, ground - h
    pen.rectangle([left, top, left + fw, top + fh], fill=(186, 12, 47))
    pen.rectangle([left + fw * 0.27, top, left + fw * 0.45, top + fh], fill=(255, 255, 255))
    pen.rectangle([left, top + fh * 0.38, left + fw, top + fh * 0.62], fill=(255, 255, 255))
    pen.rectangle([left + fw * 0.32, top, left + fw * 0.4, top + fh], fill=(0, 32, 91))
    pen.rectangle([left, top + fh * 0.45, left + fw, top + fh * 0.55], fill=(0, 32, 91))


# Scenes ------------------------------------------------------------------------------


def _landscape(rng, size, horizon_share, water=True, layers=3):
    """Sky and mountains (and the fjord, if water) up to the horizon: every scene's start."""
    image, weather = _sky(rng, size)
    horizon = round(size[1] * horizon_share)
    _mountains(image, rng, horizon, weather=weather, layers=layers)
    if water:
        _water(image, rng, horizon, weather)
    return image, ImageDraw.Draw(image), horizon


def _fjord(rng, size):
    """A fjord between snow-topped mountains, houses on the shore and a boat."""
    width, height = size
    image, pen, horizon = _landscape(rng, size, rng.uniform(0.5, 0.56))
    shore = height * 0.8
    _land(
        pen,
        [
            (0, shore),
            (width * 0.3, shore - height * 0.03),
            (width, shore + height * 0.02),
            (width, height),
            (0, height),
        ],
        (82, 128, 64),
    )
    houses = rng.randint(3, 5)
    for i in range(houses):
        x = width * (0.06 + 0.86 * i / houses) + rng.uniform(0, width * 0.04)
        _house(pen, x, shore + height * 0.05, width * rng.uniform(0.07, 0.09), *_colours(rng), rng)
    _boat(
        pen, width * rng.uniform(0.2, 0.6), horizon + height * 0.16, width * 0.09, (232, 232, 228)
    )
    for _ in range(4):
        _pine(pen, rng.uniform(0, width), height * 0.98, height * rng.uniform(0.12, 0.18))
    return image


def _colours(rng):
    return rng.choice(WALLS), rng.choice(ROOFS)


def _village(rng, size):
    """A village on a green hillside: houses, a road through it and people walking."""
    width, height = size
    image, pen, horizon = _landscape(rng, size, 0.48, water=False)
    _land(
        pen,
        [
            (0, horizon - height * 0.02),
            (width, horizon + height * 0.06),
            (width, height),
            (0, height),
        ],
        (96, 146, 74),
    )
    road_y = height * 0.8
    pen.polygon(
        [
            (0, road_y),
            (width, road_y - height * 0.08),
            (width, road_y - height * 0.02),
            (0, road_y + height * 0.07),
        ],
        fill=(126, 122, 114),
    )
    for i in range(rng.randint(4, 6)):
        row = i % 2
        x = width * (0.05 + 0.17 * i) + rng.uniform(0, width * 0.03)
        ground = horizon + height * (0.16 + 0.1 * row) - x / width * height * 0.04
        _house(pen, x, ground, width * (0.07 + 0.015 * row), *_colours(rng), rng)
    for _ in range(3):
        _birch(pen, rng.uniform(0, width), height * 0.98, height * 0.16)
    for i in range(rng.randint(2, 3)):
        x = width * (0.3 + 0.15 * i)
        _person(pen, x, road_y - x / width * height * 0.08 + height * 0.03, height * 0.12, rng)
    return image


def _quay(rng, size):
    """A quay with a big yellow warehouse and red boathouses on the shore."""
    width, height = size
    image, pen, _horizon = _landscape(rng, size, 0.5)
    deck = height * 0.74
    pen.rectangle([0, deck, width * 0.55, deck + height * 0.05], fill=(112, 86, 62))
    for i in range(8):
        x = width * 0.55 * i / 7
        pen.rectangle([x, deck, x + width * 0.012, height], fill=(84, 62, 44))
    w = width * 0.3
    x = width * 0.1
    pen.rectangle([x, deck - w * 0.75, x + w, deck], fill=(226, 176, 52))
    pen.polygon(
        [
            (x - w * 0.05, deck - w * 0.75),
            (x + w / 2, deck - w * 1.1),
            (x + w * 1.05, deck - w * 0.75),
        ],
        fill=(60, 58, 60),
    )
    pen.rectangle(
        [x + w * 0.42, deck - w * 0.98, x + w * 0.58, deck - w * 0.78], fill=(120, 86, 40)
    )
    pen.rectangle([x + w * 0.35, deck - w * 0.4, x + w * 0.65, deck], fill=(150, 104, 40))
    _land(
        pen,
        [
            (width * 0.6, deck + height * 0.02),
            (width, deck - height * 0.03),
            (width, height),
            (width * 0.6, height),
        ],
        (90, 116, 70),
    )
    for i in range(3):
        _boathouse(
            pen,
            width * (0.63 + 0.12 * i),
            deck + height * 0.03 - i * height * 0.015,
            width * 0.09,
            rng.choice([(164, 40, 36), (140, 36, 32)]),
        )
    _boat(pen, width * rng.uniform(0.3, 0.45), height * 0.93, width * 0.12, (200, 60, 50))
    return image


def _trail(rng, size):
    """A path through a meadow towards snow-topped mountains, with hikers on it."""
    width, height = size
    image, weather = _sky(rng, size, rng.choice(["day", "evening"]))
    horizon = round(height * 0.52)
    _mountains(image, rng, horizon, weather=weather)
    pen = ImageDraw.Draw(image)
    _land(pen, [(0, horizon), (width, horizon), (width, height), (0, height)], (110, 154, 78))
    bend = rng.uniform(-0.15, 0.15) * width
    left = [
        (
            width * 0.5 + bend * t * (1 - t) * 4 - width * 0.2 * (1 - t) - 3,
            horizon + (height - horizon) * (1 - t),
        )
        for t in [i / 20 for i in range(21)]
    ]
    right = [
        (
            width * 0.5 + bend * t * (1 - t) * 4 + width * 0.2 * (1 - t) + 3,
            horizon + (height - horizon) * (1 - t),
        )
        for t in [i / 20 for i in range(21)]
    ]
    pen.polygon([*left, *reversed(right)], fill=(196, 170, 126))
    for side in (0.08, 0.86):
        for i in range(3):
            _pine(pen, width * (side + 0.04 * i), height * (0.8 + 0.06 * i), height * 0.26)
    pen.polygon(
        [(width * 0.7, height * 0.7), (width * 0.74, height * 0.6), (width * 0.78, height * 0.7)],
        fill=(150, 150, 146),
    )
    for i in range(rng.randint(2, 3)):
        t = 0.25 + 0.2 * i
        x = width * 0.5 + bend * t * (1 - t) * 4
        _person(
            pen, x, horizon + (height - horizon) * (1 - t), height * 0.22 * (1 - t), rng, "backpack"
        )
    return image


def _farms(rng, size):
    """Farms spread over a hillside under high, snow-topped mountains."""
    width, height = size
    image, pen, horizon = _landscape(rng, size, 0.45, water=False, layers=2)
    _land(
        pen,
        [(0, height * 0.55), (width, horizon - height * 0.02), (width, height), (0, height)],
        (104, 150, 70),
    )
    for i in range(5):
        y = height * (0.6 + 0.08 * i)
        pen.polygon(
            [
                (0, y),
                (width, y - height * 0.12),
                (width, y - height * 0.08),
                (0, y + height * 0.04),
            ],
            fill=(124, 168, 82) if i % 2 else (150, 176, 84),
        )
    for i in range(rng.randint(3, 4)):
        x = width * (0.08 + 0.23 * i) + rng.uniform(0, width * 0.04)
        ground = height * 0.62 - x / width * height * 0.12 + rng.uniform(0, height * 0.12)
        _house(pen, x, ground, width * 0.06, WALLS[1], ROOFS[0], rng)
        barn = x + width * 0.08
        pen.rectangle([barn, ground - width * 0.06, barn + width * 0.1, ground], fill=(150, 36, 32))
        pen.polygon(
            [
                (barn - width * 0.005, ground - width * 0.06),
                (barn + width * 0.05, ground - width * 0.1),
                (barn + width * 0.105, ground - width * 0.06),
            ],
            fill=(60, 60, 62),
        )
        pen.rectangle(
            [barn + width * 0.035, ground - width * 0.04, barn + width * 0.065, ground],
            fill=(236, 232, 220),
        )
    return image


def _school(rng, size):
    """A two-storey school with a flagpole, and children in the playground."""
    width, height = size
    image, weather = _sky(rng, size, rng.choice(["day", "overcast"]))
    horizon = round(height * 0.55)
    _mountains(image, rng, horizon, layers=2, weather=weather)
    pen = ImageDraw.Draw(image)
    _land(pen, [(0, horizon), (width, horizon), (width, height), (0, height)], (98, 148, 76))
    ground = height * 0.72
    left, right = width * 0.12, width * 0.72
    wall = rng.choice([(238, 232, 216), (214, 190, 150), (178, 66, 52)])
    pen.rectangle([left, ground - height * 0.3, right, ground], fill=wall)
    pen.polygon(
        [
            (left - width * 0.02, ground - height * 0.3),
            (right + width * 0.02, ground - height * 0.3),
            (right - width * 0.03, ground - height * 0.4),
            (left + width * 0.03, ground - height * 0.4),
        ],
        fill=(60, 64, 70),
    )
    for floor in range(2):
        for i in range(8):
            x = left + (right - left) * (0.05 + 0.115 * i)
            y = ground - height * (0.26 - 0.13 * floor)
            pen.rectangle([x, y, x + width * 0.045, y + height * 0.08], fill=(250, 250, 246))
            pen.rectangle(
                [x + width * 0.005, y + height * 0.008, x + width * 0.04, y + height * 0.072],
                fill=(150, 190, 214),
            )
    door = left + (right - left) * 0.45
    pen.rectangle([door, ground - height * 0.1, door + width * 0.06, ground], fill=(40, 90, 120))
    pen.rectangle([0, ground, width, height], fill=(150, 144, 132))
    _flag(pen, width * 0.82, ground + height * 0.02, height * 0.42)
    swing = width * 0.78
    pen.line(
        [(swing, height * 0.95), (swing + width * 0.04, height * 0.78)], fill=(60, 60, 60), width=6
    )
    pen.line(
        [(swing + width * 0.08, height * 0.95), (swing + width * 0.04, height * 0.78)],
        fill=(60, 60, 60),
        width=6,
    )
    pen.line(
        [(swing + width * 0.04, height * 0.78), (swing + width * 0.16, height * 0.78)],
        fill=(60, 60, 60),
        width=6,
    )
    for i in range(rng.randint(3, 5)):
        _person(pen, width * (0.15 + 0.12 * i), height * (0.9 + 0.03 * (i % 2)), height * 0.13, rng)
    return image


def _building_site(rng, size):
    """A building site: an excavator and the timber frame of a new house."""
    width, height = size
    image, weather = _sky(rng, size, rng.choice(["day", "overcast"]))
    horizon = round(height * 0.52)
    _mountains(image, rng, horizon, layers=2, weather=weather)
    pen = ImageDraw.Draw(image)
    _land(pen, [(0, horizon), (width, horizon), (width, height), (0, height)], (100, 144, 74))
    ground = height * 0.8
    pen.polygon(
        [
            (0, ground - height * 0.05),
            (width, ground - height * 0.08),
            (width, height),
            (0, height),
        ],
        fill=(140, 112, 80),
    )
    timber = (214, 178, 120)
    left, right, top = width * 0.45, width * 0.85, ground - height * 0.28
    beam = max(3, width // 200)
    pen.rectangle([left, ground - beam * 2, right, ground], fill=timber)
    for i in range(9):
        x = left + (right - left) * i / 8
        pen.rectangle([x, top, x + beam, ground], fill=timber)
    pen.rectangle([left, top, right + beam, top + beam * 2], fill=timber)
    for i in range(5):
        x = left + (right - left) * i / 4
        pen.line([(x, top), ((left + right) / 2, top - height * 0.14)], fill=timber, width=beam)
    ex = width * 0.08
    pen.rounded_rectangle(
        [ex, ground - height * 0.06, ex + width * 0.22, ground],
        radius=height * 0.03,
        fill=(48, 48, 52),
    )
    pen.rectangle(
        [ex + width * 0.02, ground - height * 0.2, ex + width * 0.16, ground - height * 0.06],
        fill=(238, 180, 30),
    )
    pen.rectangle(
        [ex + width * 0.1, ground - height * 0.18, ex + width * 0.15, ground - height * 0.11],
        fill=(150, 190, 214),
    )
    arm = [
        (ex + width * 0.16, ground - height * 0.16),
        (ex + width * 0.27, ground - height * 0.3),
        (ex + width * 0.33, ground - height * 0.1),
    ]
    pen.line(arm, fill=(238, 180, 30), width=max(4, width // 90))
    pen.polygon(
        [
            arm[2],
            (arm[2][0] + width * 0.04, arm[2][1]),
            (arm[2][0] + width * 0.02, arm[2][1] + height * 0.06),
        ],
        fill=(70, 70, 70),
    )
    pen.polygon(
        [
            (width * 0.3, ground + height * 0.1),
            (width * 0.38, ground - height * 0.02),
            (width * 0.46, ground + height * 0.1),
        ],
        fill=(120, 96, 70),
    )
    _person(pen, width * 0.9, ground + height * 0.1, height * 0.16, random.Random(rng.random()))
    return image


def _road(rng, size):
    """A bus on the road along the fjord."""
    width, height = size
    image, pen, _horizon = _landscape(rng, size, 0.5)
    road = height * 0.72
    _land(
        pen,
        [(0, road - height * 0.04), (width, road - height * 0.06), (width, height), (0, height)],
        (88, 132, 70),
    )
    pen.rectangle([0, road, width, road + height * 0.12], fill=(92, 94, 98))
    for i in range(12):
        x = width * i / 11
        pen.rectangle(
            [x, road + height * 0.055, x + width * 0.04, road + height * 0.065],
            fill=(240, 240, 230),
        )
    bx, bw, bh = width * rng.uniform(0.25, 0.45), width * 0.36, height * 0.2
    bottom = road + height * 0.07
    colour = rng.choice([(186, 40, 44), (30, 110, 90), (40, 90, 170)])
    pen.rounded_rectangle([bx, bottom - bh, bx + bw, bottom], radius=height * 0.02, fill=colour)
    for i in range(6):
        x = bx + bw * (0.04 + 0.155 * i)
        pen.rectangle(
            [x, bottom - bh * 0.85, x + bw * 0.12, bottom - bh * 0.45], fill=(170, 206, 226)
        )
    for wx in (0.18, 0.8):
        cx, r = bx + bw * wx, bh * 0.16
        pen.ellipse([cx - r, bottom - r, cx + r, bottom + r], fill=(30, 30, 32))
    stop = width * 0.86
    pen.rectangle([stop, road - height * 0.2, stop + width * 0.006, road], fill=(80, 80, 80))
    pen.rectangle(
        [stop - width * 0.02, road - height * 0.2, stop + width * 0.026, road - height * 0.15],
        fill=(250, 210, 40),
    )
    return image


def _meeting(rng, size):
    """People round a table in a meeting room, a board of notes and a window to the fjord."""
    width, height = size
    wall = rng.choice([(236, 230, 218), (222, 230, 226), (240, 226, 210)])
    image = Image.new("RGB", size, wall)
    pen = ImageDraw.Draw(image)
    pen.rectangle([0, height * 0.66, width, height], fill=(170, 134, 96))
    window = (round(width * 0.06), round(height * 0.1), round(width * 0.4), round(height * 0.5))
    view = _fjord(random.Random(rng.random()), (window[2] - window[0], window[3] - window[1]))
    image.paste(view, window[:2])
    pen.rectangle(window, outline=(250, 250, 250), width=max(4, width // 160))
    middle = (window[0] + window[2]) // 2
    pen.line(
        [(middle, window[1]), (middle, window[3])], fill=(250, 250, 250), width=max(4, width // 160)
    )
    board = (width * 0.52, height * 0.1, width * 0.92, height * 0.46)
    pen.rectangle(board, fill=(252, 252, 252), outline=(130, 130, 130), width=max(3, width // 300))
    notes = [(252, 230, 110), (250, 170, 190), (160, 220, 170), (150, 200, 240)]
    for row in range(3):
        for col in range(5):
            if rng.random() < 0.8:
                x = board[0] + (board[2] - board[0]) * (0.06 + 0.185 * col)
                y = board[1] + (board[3] - board[1]) * (0.08 + 0.3 * row)
                pen.rectangle([x, y, x + width * 0.05, y + height * 0.07], fill=rng.choice(notes))
    table_top = height * 0.68
    seats = rng.randint(6, 8)
    for i in range(seats):
        _seated(pen, width * (0.1 + 0.8 * i / (seats - 1)), table_top, height * 0.26, rng)
    pen.polygon(
        [
            (width * 0.06, table_top),
            (width * 0.94, table_top),
            (width, height * 0.86),
            (0, height * 0.86),
        ],
        fill=(122, 86, 54),
    )
    for i in range(seats):
        x = width * (0.12 + 0.76 * i / (seats - 1))
        pen.rectangle(
            [x, table_top + height * 0.04, x + width * 0.05, table_top + height * 0.08],
            fill=(250, 250, 250),
        )
        if i % 2:
            pen.rectangle(
                [
                    x + width * 0.06,
                    table_top + height * 0.02,
                    x + width * 0.075,
                    table_top + height * 0.06,
                ],
                fill=rng.choice(CLOTHES),
            )
    return image


# The kinds of picture draw() makes, and what draws each.
SCENES = {
    "fjord": _fjord,
    "village": _village,
    "quay": _quay,
    "trail": _trail,
    "farms": _farms,
    "school": _school,
    "building_site": _building_site,
    "road": _road,
    "meeting": _meeting,
}
