from otter.test_files import test_case

OK_FORMAT = False

name = "q3"
points = 3

@test_case(points=None, hidden=False)
def test_q3_form(ratio_raw, ratio_scaled, n_components_90):
    import numbers
    import numpy as np
    for name, value in [('ratio_raw', ratio_raw), ('ratio_scaled', ratio_scaled)]:
        assert value is not None, f'`{name}` is not defined: run the cell where you set it.'
        assert value is not ..., f'`{name}` is still `...`: replace it with your answer.'
        assert isinstance(value, numbers.Real) and (not isinstance(value, bool)), f'`{name}` should be a single float, not {type(value).__name__}: take one entry of explained_variance_ratio_.'
        assert np.isfinite(value), f'`{name}` is NaN or inf: check how you computed it.'
        assert 0 < value <= 1, f'`{name}` should be a fraction between 0 and 1; got {value}.'
    assert n_components_90 is not None, '`n_components_90` is not defined: run the cell where you set it.'
    assert n_components_90 is not ..., '`n_components_90` is still `...`: replace it with your answer.'
    assert isinstance(n_components_90, numbers.Integral) and (not isinstance(n_components_90, bool)), f'`n_components_90` should be an integer (a count of components); got {type(n_components_90).__name__} {n_components_90!r}.'
    assert 1 <= n_components_90 <= 30, f'`n_components_90` should be between 1 and 30, the number of features; got {n_components_90}.'

