from otter.test_files import test_case

OK_FORMAT = False

name = "q3"
points = 2

@test_case(points=None, hidden=False)
def test_errors_form(train_mse, valid_mse):
    import numpy as np
    for name, value in (('train_mse', train_mse), ('valid_mse', valid_mse)):
        assert value is not None, f'`{name}` is not defined: run the cell where you set it.'
        assert value is not ..., f'`{name}` is still `...`: replace it with your answer.'
        try:
            errors = np.asarray(value, dtype=float)
        except (TypeError, ValueError):
            raise AssertionError(f'`{name}` should be a NumPy array of numbers; got {type(value).__name__}.') from None
        assert errors.shape == (3,), f'`{name}` should have shape (3,), one error per degree in DEGREES; got {errors.shape}.'
        assert np.isfinite(errors).all(), f'`{name}` contains NaN or inf: check your predictions.'
        assert (errors >= 0).all(), f'`{name}` has negative values, but a squared error cannot be negative.'

