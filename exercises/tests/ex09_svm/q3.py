from otter.test_files import test_case

OK_FORMAT = False

name = "q3"
points = 3

@test_case(points=None, hidden=False)
def test_search_form(best_C, best_gamma, cv_accuracy):
    import numbers
    import numpy as np
    for name, value in [('best_C', best_C), ('best_gamma', best_gamma), ('cv_accuracy', cv_accuracy)]:
        assert value is not None, f'`{name}` is not defined: run the cell where you set it.'
        assert value is not ..., f'`{name}` is still `...`: replace it with your answer.'
        assert isinstance(value, (numbers.Real, np.ndarray)) and (not isinstance(value, (bool, np.bool_))), f'`{name}` should be a number, got {type(value).__name__}.'
        assert np.size(value) == 1, f'`{name}` should be a single number, got shape {np.shape(value)}.'
        assert np.isfinite(float(np.asarray(value).item())), f'`{name}` is NaN or inf.'
    C, gamma, acc = (float(np.asarray(v).item()) for v in (best_C, best_gamma, cv_accuracy))
    assert 0.001 <= C <= 10000.0, f'`best_C` = {C:g} is outside a sensible range (0.001 to 10,000): C must be positive.'
    assert 0.001 <= gamma <= 1000.0, f'`best_gamma` = {gamma:g} is outside a sensible range (0.001 to 1,000): gamma must be positive.'
    assert 0.0 <= acc <= 1.0, f'`cv_accuracy` = {acc:g} should be a fraction between 0 and 1, not a percentage.'

