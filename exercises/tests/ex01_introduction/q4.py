from otter.test_files import test_case

OK_FORMAT = False

name = "q4"
points = 2

@test_case(points=None, hidden=False)
def test_cv_form(cv_mse, best_degree, n_fits):
    import numbers
    import numpy as np
    answers = {'cv_mse': cv_mse, 'best_degree': best_degree, 'n_fits': n_fits}
    for name, value in answers.items():
        assert value is not None, f'`{name}` is not defined: run the cell where you set it.'
        assert value is not ..., f'`{name}` is still `...`: replace it with your answer.'
    try:
        errors = np.asarray(cv_mse, dtype=float)
    except (TypeError, ValueError):
        raise AssertionError(f'`cv_mse` should be a NumPy array of numbers; got {type(cv_mse).__name__}.') from None
    assert errors.shape == (12,), f'`cv_mse` should have shape (12,), one mean error per degree in CV_DEGREES; got {errors.shape}.'
    assert np.isfinite(errors).all(), '`cv_mse` contains NaN or inf: check your cross-validation.'
    assert (errors >= 0).all(), "`cv_mse` has negative values: cross_val_score with scoring='neg_mean_squared_error' returns negated errors, so flip the sign."
    for name in ('best_degree', 'n_fits'):
        value = answers[name]
        assert isinstance(value, numbers.Integral) and (not isinstance(value, bool)), f'`{name}` should be a whole number (int); got {type(value).__name__}.'
    assert 1 <= best_degree <= 12, f'`best_degree` should be one of the degrees 1 to 12; got {best_degree}.'
    assert n_fits > 0, f'`n_fits` should be a positive count of trained models; got {n_fits}.'

