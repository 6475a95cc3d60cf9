"""Make a sample vault, write its report and render the first pages to PNG for a person to see.

    /work/venv/bin/python scripts/render_sample_report.py [--out DIR] [--lang da|en]
        [--pages 6] [--episodes 12]

Writes DIR/sample-report.pdf and DIR/page-01.png … (default DIR: ./sample-report). The sample
data is invented (a teacher harassed by parents online, Danish text, emoji, a hostile string).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("sample-report"))
    parser.add_argument("--lang", choices=("da", "en"), default="da")
    parser.add_argument("--pages", type=int, default=6)
    parser.add_argument("--episodes", type=int, default=12)
    parser.add_argument("--dpi", type=int, default=80)
    args = parser.parse_args()

    from vidne.app.episodes.store import EpisodeStore
    from vidne.app.evidence import redaction
    from vidne.app.evidence.store import CaptureStore
    from vidne.app.output.report import pdf
    from vidne.app.output.report.selection import Selection

    from scripts import sample_vault

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="vidne-sample-") as tmp:
        vault = sample_vault.make(
            Path(tmp) / "vault", "sample passphrase æøå", episodes=args.episodes
        )
        store = EpisodeStore(vault)
        first = store.list()[-1]
        first.quote += '\n<img src="/etc/hostname"/> & <b>ikke fed</b> 😂'
        store.update(first)
        capture = CaptureStore(vault).all()[0]
        redaction.redact(vault, capture.id, [(30, 70, 420, 40)])
        pdf_path = args.out / "sample-report.pdf"
        plan = pdf.write(vault, Selection(lang=args.lang, recipient="amr"), pdf_path)
        vault.lock()
    for old in args.out.glob("page-*.png"):
        old.unlink()
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            str(args.dpi),
            "-png",
            "-l",
            str(args.pages),
            str(pdf_path),
            str(args.out / "page"),
        ],
        check=True,
    )
    pages = sorted(args.out.glob("page-*.png"))
    print(
        f"{pdf_path}: {len(plan.ctx.episodes)} episodes, {len(plan.items)} annexes; "
        f"rendered {len(pages)} pages to {args.out}/page-*.png"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
