from otter.test_files import test_case

OK_FORMAT = False

name = "q2"
points = 10

@test_case(points=None, hidden=False)
def test_mlp_functional(func_summary, func_probs, seq_probs):
    import numpy as np
    assert func_summary is not None, '`func_summary` is not defined: build `mlp_functional` and run the cell after it. If `set_weights` failed there, your model does not have the same architecture as `mlp_sequential`.'
    assert isinstance(func_summary, dict) and 'layers' in func_summary, f'`func_summary` should be the dict that `describe(mlp_functional)` returns; got {func_summary!r:.80}.'
    expected = ['InputLayer', 'Flatten', 'Dense', 'Dense']
    assert func_summary['layers'] == expected, f"`mlp_functional` should have the layers {expected}; it has {func_summary['layers']}."
    assert func_probs is not None, '`func_probs` is not defined: the cell after your model failed. If `set_weights` raised an error, `mlp_functional` and `mlp_sequential` do not have the same architecture: check both Task 1 and Task 2.'
    func_probs = np.asarray(func_probs, dtype=float)
    assert func_probs.shape == (5, 10), f'`func_probs` should have shape (5, 10); got {func_probs.shape}.'
    assert np.isfinite(func_probs).all(), '`func_probs` contains NaN or inf.'
    seq_probs = np.asarray(seq_probs, dtype=float)
    assert seq_probs.shape == (5, 10) and np.allclose(func_probs, seq_probs, atol=1e-05), 'with the weights of `mlp_sequential`, `mlp_functional` predicts different probabilities: check the order of the layers and their activations.'

