from otter.test_files import test_case

OK_FORMAT = False

name = "q8"
points = 8

@test_case(points=None, hidden=False)
def test_metrics_form(conf_matrix, precision_female, recall_female, f1_female):
    import numbers
    import numpy as np
    values = [('conf_matrix', conf_matrix), ('precision_female', precision_female), ('recall_female', recall_female), ('f1_female', f1_female)]
    for name, value in values:
        assert value is not None, f'`{name}` is not defined: run the cell where you set it.'
        unreadable = type(value).__name__ == 'Unreadable'
        assert value is not ... and (not (unreadable and 'ellipsis' in repr(value))), f'`{name}` is still `...`: replace it with your answer.'
        assert not unreadable, f'`{name}` could not be read as data: {value!r}.'
    matrix = np.asarray(conf_matrix, dtype=float)
    assert matrix.shape == (2, 2), f'`conf_matrix` should have shape (2, 2); got {matrix.shape}.'
    assert (matrix >= 0).all() and (matrix == np.round(matrix)).all(), '`conf_matrix` should hold counts.'
    assert matrix.sum() == 84, f'the counts in `conf_matrix` add up to {matrix.sum():g}; they should add up to the 84 test birds.'
    for name, value in values[1:]:
        assert isinstance(value, numbers.Real), f'`{name}` should be a number; got {type(value).__name__}.'
        assert np.isfinite(value) and 0 <= value <= 1, f'`{name}` should be in [0, 1]; got {value}.'

