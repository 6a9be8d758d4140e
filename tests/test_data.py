"""Both canonical Fashion-MNIST loaders work with the network unavailable."""

import subprocess
import sys
import textwrap

import pytest

NO_NETWORK = """
import socket
def _refuse(*args, **kwargs):
    raise OSError("network disabled for this test")
socket.socket.connect = _refuse
socket.create_connection = _refuse
socket.getaddrinfo = _refuse
"""


def run_offline(code: str) -> subprocess.CompletedProcess:
    script = NO_NETWORK + textwrap.dedent(code)
    return subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=600
    )


def test_network_is_really_blocked():
    """The harness itself refuses connections, so a pass below means offline."""
    proc = run_offline(
        "import urllib.request; urllib.request.urlopen('http://example.com', timeout=5)"
    )
    assert proc.returncode != 0 and "network disabled" in proc.stderr


def test_keras_loader_offline():
    """keras.datasets.fashion_mnist.load_data() returns 60,000 + 10,000 images."""
    proc = run_offline("""
        import keras
        (X_train, y_train), (X_test, y_test) = keras.datasets.fashion_mnist.load_data()
        print(X_train.shape, y_train.shape, X_test.shape, y_test.shape, y_train.max())
    """)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.split("\n")[0] == "(60000, 28, 28) (60000,) (10000, 28, 28) (10000,) 9"


@pytest.mark.slow
def test_tfds_loader_offline():
    """tfds.load('fashion_mnist') finds the prepared copy: 60,000 + 10,000 examples."""
    proc = run_offline("""
        import tensorflow_datasets as tfds
        train, test = tfds.load("fashion_mnist", split=["train", "test"], as_supervised=True)
        image, label = next(iter(train))
        print(int(train.cardinality()), int(test.cardinality()), tuple(image.shape))
    """)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.strip().splitlines()[-1] == "60000 10000 (28, 28, 1)"


def test_data_check_mode_agrees():
    """`python -m coursetools.data --check` reports set-up as complete."""
    proc = subprocess.run(
        [sys.executable, "-m", "coursetools.data", "--check"], capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
