"""Draw the app icon and write resources/icons/ropa-desk.{png,ico,icns} (Pillow; run by hand, files committed).

    .venv/bin/python installer/make_icons.py
"""

from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZE = 1024
BLUE, WHITE, LINE, GREEN = (29, 78, 137, 255), (255, 255, 255, 255), (160, 178, 200, 255), (46, 160, 90, 255)


def draw() -> Image.Image:
    img = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle((40, 40, SIZE - 40, SIZE - 40), radius=190, fill=BLUE)
    # A register sheet with a folded corner, ruled lines and a check mark.
    sheet = [(260, 170), (650, 170), (780, 300), (780, 860), (260, 860)]
    d.polygon(sheet, fill=WHITE)
    d.polygon([(650, 170), (650, 300), (780, 300)], fill=LINE)
    for y in (380, 480, 580):
        d.rounded_rectangle((330, y, 710, y + 40), radius=20, fill=LINE)
    d.line([(360, 720), (450, 800), (640, 640)], fill=GREEN, width=70, joint="curve")
    return img


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    big = draw()
    big.resize((256, 256), Image.LANCZOS).save(OUT / "ropa-desk.png")
    big.save(OUT / "ropa-desk.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
    big.save(OUT / "ropa-desk.icns")
    for path in sorted(OUT.iterdir()):
        print(f"{path.name}: {path.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
