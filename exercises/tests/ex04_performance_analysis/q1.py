from otter.test_files import test_case

OK_FORMAT = False

name = "q1"
points = 2

@test_case(points=None, hidden=False)
def test_cm(cm, y_train_8):
    import numpy as np
    assert cm is not None, '`cm` is not defined: run the cell where you set it.'
    assert cm is not ..., '`cm` is still `...`: replace it with your answer.'
    cm = np.asarray(cm)
    assert cm.shape == (2, 2), f'`cm` should have shape (2, 2), one row and one column per class; got {cm.shape}.'
    assert np.issubdtype(cm.dtype, np.number) and cm.dtype != bool, f'`cm` should hold counts (numbers); got dtype {cm.dtype}.'
    assert np.isfinite(cm).all(), '`cm` contains NaN or inf: it should hold counts.'
    assert (cm >= 0).all() and (cm == np.round(cm)).all(), '`cm` should hold counts: whole numbers, none negative.'
    assert cm.sum() == len(y_train_8), f'the four counts in `cm` should add up to the {len(y_train_8)} training images; yours add up to {cm.sum():g}.'

