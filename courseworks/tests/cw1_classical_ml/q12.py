from otter.test_files import test_case

OK_FORMAT = False

name = "q12"
points = 6

@test_case(points=None, hidden=False)
def test_numbers_form(loss_at_zero, boundary_x, lr_limit):
    import numbers
    import numpy as np
    for name, value in [('loss_at_zero', loss_at_zero), ('boundary_x', boundary_x), ('lr_limit', lr_limit)]:
        assert value is not None, f'`{name}` is not defined: run the cell where you set it.'
        unreadable = type(value).__name__ == 'Unreadable'
        assert value is not ... and (not (unreadable and 'ellipsis' in repr(value))), f'`{name}` is still `...`: replace it with your answer.'
        assert isinstance(value, numbers.Real), f'`{name}` should be a number; got {type(value).__name__}.'
        assert np.isfinite(value), f'`{name}` is NaN or inf.'
    assert loss_at_zero > 0, f'a log-loss is positive; `loss_at_zero` is {loss_at_zero}.'
    assert lr_limit > 0, f'a learning rate is positive; `lr_limit` is {lr_limit}.'

