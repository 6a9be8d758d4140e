from otter.test_files import test_case

OK_FORMAT = False

name = "q2"
points = 2

@test_case(points=None, hidden=False)
def test_by_hand_form(loss_at_2, grad_at_2, w_next, w_best):
    import numbers
    import numpy as np
    answers = {'loss_at_2': loss_at_2, 'grad_at_2': grad_at_2, 'w_next': w_next, 'w_best': w_best}
    for name, value in answers.items():
        assert value is not None, f'`{name}` is not defined: run the cell where you set it.'
        assert value is not ..., f'`{name}` is still `...`: replace it with your answer.'
        assert isinstance(value, numbers.Real) and (not isinstance(value, bool)), f'`{name}` should be a single number (int or float); got {type(value).__name__}.'
        assert np.isfinite(value), f'`{name}` is NaN or infinite: check your arithmetic.'
    assert loss_at_2 >= 0, f'`loss_at_2` is a mean of squares, so it cannot be negative; got {loss_at_2}.'

