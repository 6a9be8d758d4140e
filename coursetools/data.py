"""Make the canonical dataset loaders work without a network.

Notebooks call ``keras.datasets.fashion_mnist.load_data()`` and
``tfds.load("fashion_mnist")`` exactly as they would in Colab. This tool puts
the data where those loaders look, from Debian's ``dataset-fashion-mnist``
package (installed here if it is missing and the machine allows it):

1. Keras: the four ``*-ubyte.gz`` files are linked into
   ``$KERAS_HOME/datasets/fashion-mnist/`` (default ``~/.keras``), where
   ``keras.utils.get_file`` finds them and skips the download.
2. TensorFlow Datasets: the Debian files are re-compressed, so their
   checksums differ from the registered ones and TFDS refuses them. Instead,
   TFDS's own ``fashion_mnist`` builder prepares the dataset in
   ``$TFDS_DATA_DIR`` (default ``~/tensorflow_datasets``) with its download
   step pointed at the decompressed local files. The result is the dataset a
   real download produces: same version, features, splits and file names.

Where the Debian files cannot be had (a laptop with internet, not root), the
tool says so and the loaders download as usual.

    python -m coursetools.data           # set up (idempotent, fast when done)
    python -m coursetools.data --check   # exit 1 if a loader would need the network
"""

from __future__ import annotations

import argparse
import gzip
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

DEBIAN_PACKAGE = "dataset-fashion-mnist"
DEBIAN_DIR = Path("/usr/share/datasets/fashion-mnist")
FILES = (
    "train-images-idx3-ubyte.gz",
    "train-labels-idx1-ubyte.gz",
    "t10k-images-idx3-ubyte.gz",
    "t10k-labels-idx1-ubyte.gz",
)
TFDS_NAME = "fashion_mnist"


def keras_dir() -> Path:
    """Where ``keras.datasets.fashion_mnist`` caches its files."""
    home = Path(os.environ.get("KERAS_HOME", Path.home() / ".keras"))
    return home / "datasets" / "fashion-mnist"


def tfds_dir() -> Path:
    """The TensorFlow Datasets data directory ``tfds.load`` reads by default."""
    return Path(os.environ.get("TFDS_DATA_DIR", Path.home() / "tensorflow_datasets"))


def say(message: str) -> None:
    print(f"[data] {message}", flush=True)


def ensure_debian_files() -> bool:
    """Install the Debian package if it is missing and we may; True if the files exist."""
    if all((DEBIAN_DIR / f).is_file() for f in FILES):
        return True
    if os.geteuid() != 0 or shutil.which("apt-get") is None:
        say(
            f"{DEBIAN_DIR} is missing and this is not a root Debian machine: loaders will download."
        )
        return False
    say(f"installing Debian package {DEBIAN_PACKAGE} ...")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for cmd in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", DEBIAN_PACKAGE]):
        if subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL).returncode != 0:
            say(f"`{' '.join(cmd)}` failed: loaders will try to download.")
            return False
    return all((DEBIAN_DIR / f).is_file() for f in FILES)


def keras_ready() -> bool:
    return all((keras_dir() / f).is_file() for f in FILES)


def link_keras_cache() -> None:
    target = keras_dir()
    target.mkdir(parents=True, exist_ok=True)
    for name in FILES:
        link = target / name
        if link.is_symlink() and not link.exists():
            link.unlink()  # a dangling link from an earlier machine
        if not link.exists():
            link.symlink_to(DEBIAN_DIR / name)
    say(f"Keras cache ready: {target}")


def tfds_ready() -> bool:
    import tensorflow_datasets as tfds

    builder = tfds.builder(TFDS_NAME, data_dir=str(tfds_dir()))
    return builder.is_prepared()


def prepare_tfds() -> None:
    """Run TFDS's own builder with its downloads answered by the local files."""
    from unittest import mock

    import tensorflow_datasets as tfds

    tfds.display_progress_bar(False)  # one line per step below instead of a bar per split
    builder = tfds.builder(TFDS_NAME, data_dir=str(tfds_dir()))
    with tempfile.TemporaryDirectory() as tmp:
        local = {}
        for name in FILES:
            raw = Path(tmp) / name.removesuffix(".gz")
            with gzip.open(DEBIAN_DIR / name) as src, open(raw, "wb") as dst:
                shutil.copyfileobj(src, dst)
            local[name] = str(raw)
        say("decompressed the four Debian files; writing TFRecord shards ...")

        def from_local_files(_manager, urls):
            # The builder asks for {key: url}; answer with the decompressed file.
            return {key: local[url.rsplit("/", 1)[-1]] for key, url in urls.items()}

        with mock.patch.object(
            tfds.download.DownloadManager, "download_and_extract", from_local_files
        ):
            builder.download_and_prepare()
    say(f"TFDS copy prepared: {builder.data_dir}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="change nothing; exit 1 if set-up is incomplete"
    )
    args = parser.parse_args(argv)
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

    if args.check:
        missing = [n for n, ok in (("keras", keras_ready()), ("tfds", tfds_ready())) if not ok]
        if missing:
            say(f"not set up for offline use: {', '.join(missing)}. Run: make data")
            return 1
        say("both Fashion-MNIST loaders work offline")
        return 0

    if not ensure_debian_files():
        return 0  # nothing to do: the loaders download as usual
    if not keras_ready():
        link_keras_cache()
    if not tfds_ready():
        say("preparing the tensorflow-datasets copy (about a minute, once) ...")
        prepare_tfds()
    say("offline data ready: Keras and TFDS Fashion-MNIST loaders need no network")
    return 0


if __name__ == "__main__":
    sys.exit(main())
