from otter.test_files import test_case

OK_FORMAT = False

name = "q5"
points = 4

@test_case(points=None, hidden=False)
def test_split_form(X_train, X_test, y_train, y_test):
    import numpy as np
    for name, value in [('X_train', X_train), ('X_test', X_test), ('y_train', y_train), ('y_test', y_test)]:
        assert value is not None, f'`{name}` is not defined: run the cell where you set it.'
        unreadable = type(value).__name__ == 'Unreadable'
        assert value is not ... and (not (unreadable and 'ellipsis' in repr(value))), f'`{name}` is still `...`: replace it with your answer.'
        assert not unreadable, f'`{name}` could not be read as data ({value!r}): it should be a NumPy array.'
    shapes = {'X_train': (249, 4), 'X_test': (84, 4), 'y_train': (249,), 'y_test': (84,)}
    for name, value in [('X_train', X_train), ('X_test', X_test), ('y_train', y_train), ('y_test', y_test)]:
        got = np.asarray(value, dtype=float).shape
        assert got == shapes[name], f'`{name}` should have shape {shapes[name]} (25% of the 333 birds for testing); got {got}.'
    labels = set(np.unique(np.concatenate([np.asarray(y_train, dtype=float), np.asarray(y_test, dtype=float)])))
    assert labels <= {0.0, 1.0}, f'`y_train` and `y_test` should hold the labels 0 and 1; got {sorted(labels)}.'

