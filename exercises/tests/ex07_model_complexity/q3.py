from otter.test_files import test_case

OK_FORMAT = False

name = "q3"
points = 3

@test_case(points=None, hidden=False)
def test_validation_form(valid_rmse, best_alpha, alphas):
    import numbers
    import numpy as np
    assert valid_rmse is not None, '`valid_rmse` is not defined: run the cell where you set it.'
    assert valid_rmse is not ..., '`valid_rmse` is still `...`: replace it with your answer.'
    assert best_alpha is not None, '`best_alpha` is not defined: run the cell where you set it.'
    assert best_alpha is not ..., '`best_alpha` is still `...`: replace it with your answer.'
    valid_rmse = np.asarray(valid_rmse, dtype=float)
    assert valid_rmse.shape == (13,), f'`valid_rmse` should have shape (13,), one RMSE per value in `alphas`; got {valid_rmse.shape}.'
    assert np.isfinite(valid_rmse).all(), '`valid_rmse` contains NaN or inf: check your models.'
    assert (valid_rmse > 0).all(), '`valid_rmse` should hold positive errors; some are zero or negative.'
    assert isinstance(best_alpha, numbers.Real), f'`best_alpha` should be a number; got {type(best_alpha).__name__}.'
    assert np.isclose(np.asarray(alphas), best_alpha, rtol=1e-09).any(), f'`best_alpha` should be one of the values in `alphas`; got {best_alpha!r}.'

