from otter.test_files import test_case

OK_FORMAT = False

name = "q1"
points = 10

@test_case(points=None, hidden=False)
def test_mlp_sequential(seq_summary, seq_probs):
    import numpy as np
    assert seq_summary is not None, '`seq_summary` is not defined: build `mlp_sequential`, then run the cell after it.'
    assert isinstance(seq_summary, dict) and 'layers' in seq_summary, f'`seq_summary` should be the dict that `describe(mlp_sequential)` returns; got {seq_summary!r:.80}.'
    expected = ['Flatten', 'Dense', 'Dense']
    assert seq_summary['layers'] == expected, f"`mlp_sequential` should have the layers {expected} (the input is not a layer); it has {seq_summary['layers']}."
    assert seq_summary['output_shape'] == [None, 10], f"the output should have shape (batch, 10), one value per class; it has {tuple(seq_summary['output_shape'])}."
    assert seq_probs is not None, '`seq_probs` is not defined: run the cell after your model.'
    seq_probs = np.asarray(seq_probs, dtype=float)
    assert seq_probs.shape == (5, 10), f'`seq_probs` should have shape (5, 10), ten values for each of five images; got {seq_probs.shape}.'
    assert np.isfinite(seq_probs).all(), '`seq_probs` contains NaN or inf.'

