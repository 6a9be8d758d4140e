from otter.test_files import test_case

OK_FORMAT = False

name = "q4"
points = 2

@test_case(points=None, hidden=False)
def test_learning_rate_form(learning_rate):
    import numbers
    import numpy as np
    assert learning_rate is not None, '`learning_rate` is not defined: run the cell where you set it.'
    assert learning_rate is not ..., '`learning_rate` is still `...`: replace it with your choice.'
    assert isinstance(learning_rate, numbers.Real), f'`learning_rate` should be a number such as 0.05; got {type(learning_rate).__name__}.'
    assert np.isfinite(learning_rate), '`learning_rate` is NaN or inf.'
    assert learning_rate > 0, f'`learning_rate` must be positive; got {learning_rate}.'

