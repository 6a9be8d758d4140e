from otter.test_files import test_case

OK_FORMAT = False

name = "q3"
points = 10

@test_case(points=None, hidden=False)
def test_mlp_training(mlp_history, mlp_test_accuracy):
    import numpy as np
    assert mlp_history is not None, '`mlp_history` is not defined: store the result of `fit` in `history`, then run the cell after it.'
    assert isinstance(mlp_history, dict), f'`mlp_history` should be a dict; got {type(mlp_history).__name__}.'
    for key in ['loss', 'accuracy', 'val_loss', 'val_accuracy']:
        assert key in mlp_history, f"`history.history` has no '{key}' (it has {sorted(mlp_history)}): compile with metrics=['accuracy'] and pass validation_data=(X_valid, y_valid) to fit."
    assert len(mlp_history['loss']) == 5, f"train for 5 epochs: `history.history['loss']` has {len(mlp_history['loss'])} values."
    losses = np.asarray(mlp_history['loss'], dtype=float)
    assert np.isfinite(losses).all(), 'the training loss contains NaN or inf.'
    assert losses[-1] < losses[0], f'the training loss went from {losses[0]:.3f} to {losses[-1]:.3f}: it should decrease. Check the loss and the learning rate.'
    assert mlp_test_accuracy is not None, '`mlp_test_accuracy` is not defined: run the cell after `fit`.'
    assert isinstance(mlp_test_accuracy, (int, float)), f'`mlp_test_accuracy` should be a number; got {type(mlp_test_accuracy).__name__}.'
    assert mlp_test_accuracy >= 0.75, f'the test accuracy is {mlp_test_accuracy:.3f}; this network reaches at least 0.75 after 5 epochs with Adam. Check the compile settings and that you trained `mlp_functional` on `X_train`.'

