from otter.test_files import test_case

OK_FORMAT = False

name = "q1"
points = 2

@test_case(points=None, hidden=False)
def test_split_form(X, X_train, X_valid, X_test, y_train, y_valid, y_test):
    import numpy as np
    parts = {'X_train': X_train, 'X_valid': X_valid, 'X_test': X_test, 'y_train': y_train, 'y_valid': y_valid, 'y_test': y_test}
    arrays = {}
    for name, value in parts.items():
        assert value is not None, f'`{name}` is not defined: run the cell where you set it.'
        assert value is not ..., f'`{name}` is still `...`: replace it with your answer.'
        try:
            arrays[name] = np.asarray(value, dtype=float)
        except (TypeError, ValueError):
            raise AssertionError(f'`{name}` should be a NumPy array of numbers; got {type(value).__name__}.') from None
    for part, n in (('train', 36), ('valid', 12), ('test', 12)):
        shape_X, shape_y = (arrays[f'X_{part}'].shape, arrays[f'y_{part}'].shape)
        assert shape_X == (n, 1), f'`X_{part}` should have shape ({n}, 1); got {shape_X}.'
        assert shape_y == (n,), f'`y_{part}` should have shape ({n},); got {shape_y}.'
        assert np.isfinite(arrays[f'X_{part}']).all() and np.isfinite(arrays[f'y_{part}']).all(), f'`X_{part}` or `y_{part}` contains NaN or inf: split the original `X` and `y`.'
    rows = {part: set(arrays[f'X_{part}'].ravel()) for part in ('train', 'valid', 'test')}
    for a, b in (('train', 'valid'), ('train', 'test'), ('valid', 'test')):
        shared = rows[a] & rows[b]
        assert not shared, f'{len(shared)} example(s) are in both `X_{a}` and `X_{b}`: the three sets must not overlap.'
    assert rows['train'] | rows['valid'] | rows['test'] == set(np.asarray(X, dtype=float).ravel()), 'Together, `X_train`, `X_valid` and `X_test` should hold every row of `X` exactly once.'

