from otter.test_files import test_case

OK_FORMAT = False

name = "q3"
points = 2

@test_case(points=None, hidden=False)
def test_boundary_form(boundary_cm):
    import numbers
    import numpy as np
    assert boundary_cm is not None, '`boundary_cm` is not defined: run the cell where you set it.'
    assert boundary_cm is not ..., '`boundary_cm` is still `...`: replace it with your answer.'
    assert not isinstance(boundary_cm, (bool, np.bool_)), '`boundary_cm` should be a number of centimetres, not True/False.'
    if isinstance(boundary_cm, np.ndarray):
        assert boundary_cm.ndim == 0, f'`boundary_cm` should be a single number, got an array of shape {boundary_cm.shape}: take one element, e.g. `model.intercept_[0]` and `model.coef_[0, 0]`.'
    else:
        assert isinstance(boundary_cm, numbers.Real), f'`boundary_cm` should be a number, got {type(boundary_cm).__name__}.'
    value = float(boundary_cm)
    assert np.isfinite(value), '`boundary_cm` is NaN or inf: check the coefficients you divide.'
    assert 1.0 <= value <= 6.9, f'`boundary_cm` = {value:.3f} cm lies outside the range of petal lengths (1.0 to 6.9 cm): check the sign of the ratio of intercept and weight.'

