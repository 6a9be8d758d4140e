from otter.test_files import test_case

OK_FORMAT = False

name = "q4"
points = 3

@test_case(points=None, hidden=False)
def test_batch_choice_form(valid_mse, best_batch_size, batch_sizes):
    import numpy as np
    assert batch_sizes is not None, '`batch_sizes` is not defined: run the cell above the task.'
    assert valid_mse is not None, '`valid_mse` is not defined: run the cell where you set it.'
    assert valid_mse is not ..., '`valid_mse` is still `...`: replace it with your answer.'
    try:
        values = np.asarray(valid_mse, dtype=float)
    except (TypeError, ValueError):
        raise AssertionError('`valid_mse` should be an array of numbers, one per batch size.') from None
    assert values.shape == (len(batch_sizes),), f'`valid_mse` should have shape ({len(batch_sizes)},), one MSE per batch size; got {values.shape}.'
    assert np.isfinite(values).all(), '`valid_mse` contains NaN or inf: check how you compute each MSE.'
    assert (values > 0).all(), 'a mean squared error cannot be negative or zero on noisy data.'
    assert best_batch_size is not None, '`best_batch_size` is not defined: run the cell where you set it.'
    assert best_batch_size is not ..., '`best_batch_size` is still `...`: replace it with your answer.'
    assert best_batch_size in batch_sizes, f'`best_batch_size` should be one of {batch_sizes}; got {best_batch_size!r}.'

