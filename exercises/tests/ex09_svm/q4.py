from otter.test_files import test_case

OK_FORMAT = False

name = "q4"
points = 2

@test_case(points=None, hidden=False)
def test_loss_form(epsilon_insensitive_loss):
    import numpy as np
    assert epsilon_insensitive_loss is not None, '`epsilon_insensitive_loss` is not defined: run the cell where you define it.'
    assert epsilon_insensitive_loss is not ..., '`epsilon_insensitive_loss` is still `...`: define it as a function.'
    assert callable(epsilon_insensitive_loss), f'`epsilon_insensitive_loss` should be a function, got {type(epsilon_insensitive_loss).__name__}.'
    y_true = np.array([1.0, 2.0, 3.0, 4.0, 5.0])
    y_pred = np.array([1.1, 2.5, 2.0, 4.0, 7.0])
    out = epsilon_insensitive_loss(y_true, y_pred, 0.2)
    assert out is not None, '`epsilon_insensitive_loss` returns None: replace the `...` in its body with your code and a `return`.'
    out = np.asarray(out, dtype=float)
    assert out.shape == (5,), f'For 5 targets the loss should have shape (5,), one value per element; got {out.shape}: do not average or sum the losses.'
    assert np.isfinite(out).all(), '`epsilon_insensitive_loss` returned NaN or inf for ordinary inputs.'
    assert (out >= 0).all(), f'`epsilon_insensitive_loss` returned negative values {out.round(3)}: errors smaller than epsilon cost 0, so clip at zero with np.maximum(0, ...).'

